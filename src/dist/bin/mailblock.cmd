@echo off
rem Runs mailblock from an unpacked release archive on Windows: lib\ is found beside this file's folder.
rem Java 17 or later: JAVA_HOME's, else the first java on the PATH. MAILBLOCK_JAVA_OPTS adds JVM options.
setlocal
set "MAILBLOCK_JAR=%~dp0..\lib\mailblock-cli.jar"
if not exist "%MAILBLOCK_JAR%" (
  echo mailblock: %MAILBLOCK_JAR% is missing; unpack the whole archive again 1>&2
  exit /b 1
)
set "MAILBLOCK_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "MAILBLOCK_JAVA=%JAVA_HOME%\bin\java.exe"
rem a short-lived command gains nothing from the optimizing compiler; a service keeps the JVM's defaults
set "MAILBLOCK_FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxTenuringThreshold=0"
if /i "%~1"=="serve" set "MAILBLOCK_FLAGS="
"%MAILBLOCK_JAVA%" %MAILBLOCK_FLAGS% -Xlog:disable -Xlog:all=error:stderr %MAILBLOCK_JAVA_OPTS% -jar "%MAILBLOCK_JAR%" %*
exit /b %ERRORLEVEL%
