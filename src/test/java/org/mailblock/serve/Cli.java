package org.mailblock.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.mailblock.cli.MailblockCli;

/** {@code mailblock} run in this process, for what the CLI prints to compare the server's answers with. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MailblockCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }
}
