package org.reportarchive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The archive's command line: {@code build} bakes the site, {@code serve} previews it. */
@Command(name = "report-archive", mixinStandardHelpOptions = true, version = "report-archive 0.1",
        description = "Builds the annotated archive of local people's congress reports as a static site.",
        subcommands = {BuildCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        quietLibraries();
        int code = new CommandLine(new Main()).execute(args);
        System.exit(code);
    }

    /** Silences OrientDB (java.util.logging) and routes FreeMarker's logging to the quiet logback setup. */
    static void quietLibraries() {
        System.setProperty("log.console.level", "SEVERE");
        System.setProperty("log.file.level", "SEVERE");
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        System.setProperty("storage.diskCache.bufferSize", "64");
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
