package dev.godwit.processor.snapshot;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The compilation inputs a fingerprint covers, one {@link SealHash} each: everything global
 * (Godwit's code, the options that shape the schema, whether Hibernate Validator is on the class
 * path), every type by binary name, every package by name. The fingerprint is a hash of these
 * digests, so a snapshot that records them ({@link Sources}) can be checked against its seal
 * without the sources it was written from, and a compile can tell which types changed since.
 *
 * @param global the digest of what is not a type or a package
 * @param types binary name -> digest of the type's description
 * @param packages package name -> digest of its annotations
 */
public record InputDigests(String global, SortedMap<String, String> types, SortedMap<String, String> packages) {

  public InputDigests {
    Objects.requireNonNull(global, "global");
    types = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(types));
    packages = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(packages));
  }

  public InputDigests(String global, Map<String, String> types, Map<String, String> packages) {
    this(global, new TreeMap<>(types), new TreeMap<>(packages));
  }

  /** The fingerprint of these inputs: 16 hex digits. */
  public String fingerprint() {
    StringBuilder text = new StringBuilder(64 + 64 * (types.size() + packages.size()));
    text.append("godwit-inputs 2\nglobal ").append(global).append('\n');
    for (Map.Entry<String, String> type : types.entrySet()) {
      text.append("type ").append(type.getKey()).append(' ').append(type.getValue()).append('\n');
    }
    for (Map.Entry<String, String> pkg : packages.entrySet()) {
      text.append("package ").append(pkg.getKey()).append(' ').append(pkg.getValue()).append('\n');
    }
    return new SealHash().update(text.toString()).hex();
  }
}
