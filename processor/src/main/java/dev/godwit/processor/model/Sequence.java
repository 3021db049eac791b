package dev.godwit.processor.model;

import java.util.Objects;

/** A database sequence (emulated as a one-row table where the dialect has no sequences). */
public record Sequence(String name, long start, int increment) {

  public Sequence {
    Objects.requireNonNull(name, "name");
  }
}
