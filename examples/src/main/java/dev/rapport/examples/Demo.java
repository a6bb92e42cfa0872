package dev.rapport.examples;

import java.io.PrintStream;

/**
 * The program the README's run command starts: it runs each example in turn and prints what it
 * shows. It grows into the support-desk simulation as the engines land.
 */
public final class Demo {

  private Demo() {}

  /**
   * Runs every example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    section(out, "Business-hours calendar (README quick start)");
    QuickStart.run(out);
  }

  private static void section(PrintStream out, String title) {
    out.println();
    out.println("== " + title + " ==");
  }
}
