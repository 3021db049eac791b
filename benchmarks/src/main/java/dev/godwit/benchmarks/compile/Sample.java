package dev.godwit.benchmarks.compile;

/** One measured compile: model size, situation, repetition and tool. */
record Sample(int entities, Situation situation, int rep, Tool tool, Measurement measurement) {}
