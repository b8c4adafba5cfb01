package com.example.shaded;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GreetTest {
    @Test
    void greetsByName() {
        assertEquals(0, new CommandLine(new Greet()).execute("Ada"));
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Greet());
        commandLine.setOut(new PrintWriter(out));
        assertEquals(0, commandLine.execute("--help"));
        assertEquals(true, out.toString().contains("--shout"));
    }
}
