package com.example.shaded;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "greet", mixinStandardHelpOptions = true, description = "Greets someone.")
public class Greet implements Callable<Integer> {
    @Parameters(index = "0", defaultValue = "world", description = "Whom to greet.")
    String name;

    @Option(names = "--shout", description = "Upper case.")
    boolean shout;

    @Override
    public Integer call() {
        String text = "Hello, " + name + "!";
        System.out.println(shout ? text.toUpperCase() : text);
        return 0;
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new Greet()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
