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
"%MAILBLOCK_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr %MAILBLOCK_JAVA_OPTS% -jar "%MAILBLOCK_JAR%" %*
exit /b %ERRORLEVEL%
