package dev.rapport.examples.desk;

/**
 * How far a simulation has got, reported once per simulated day. Immutable and thread-safe.
 *
 * @param day the days simulated so far
 * @param days the days to simulate
 * @param tickets the tickets created so far
 * @param open the tickets not yet solved
 */
public record Progress(int day, int days, long tickets, long open) {}
