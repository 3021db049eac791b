package dev.godwit.processor.snapshot;

import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gson's streaming reader with the checks a snapshot's fields need: each read takes the next value
 * and returns it, or null for an absent one (JSON {@code null}), or fails naming the value's JSON
 * path and what was found there. Reading a snapshot of megabytes into Gson's tree first and then
 * into the model built every value twice, in every build that reads one.
 */
final class JsonCursor {
  private final JsonReader reader;

  JsonCursor(String text) {
    reader = new JsonReader(new StringReader(text));
    // as JsonParser.parseString, which read snapshots before
    reader.setStrictness(Strictness.LENIENT);
  }

  /** Reads the items of one array. */
  @FunctionalInterface
  interface Item<T> {
    T read(JsonCursor in) throws IOException, SnapshotFormatException;
  }

  JsonToken peek() throws IOException {
    return reader.peek();
  }

  /** Consumes the next value if it is JSON {@code null}, which a snapshot's fields take as absent. */
  boolean skippedNull() throws IOException {
    if (reader.peek() != JsonToken.NULL) {
      return false;
    }
    reader.nextNull();
    return true;
  }

  /** Starts the next value, which must be an object. */
  void beginObject() throws IOException, SnapshotFormatException {
    beginObject("expected an object");
  }

  /** Starts the next value, which must be an object, or fails with {@code expected}. */
  void beginObject(String expected) throws IOException, SnapshotFormatException {
    if (reader.peek() != JsonToken.BEGIN_OBJECT) {
      throw wrong(expected);
    }
    reader.beginObject();
  }

  boolean hasNext() throws IOException {
    return reader.hasNext();
  }

  String nextName() throws IOException {
    return reader.nextName();
  }

  void endObject() throws IOException {
    reader.endObject();
  }

  void skipValue() throws IOException {
    reader.skipValue();
  }

  /** Whether the document ended after the value read. */
  boolean atEnd() throws IOException {
    return reader.peek() == JsonToken.END_DOCUMENT;
  }

  /** Where the value read last is, e.g. {@code $.tables[0].columns[1].type}; an object's after its end. */
  String previousPath() {
    return reader.getPreviousPath();
  }

  /** That a required field of the object just ended is missing. */
  SnapshotFormatException missing(String field) {
    return new SnapshotFormatException(reader.getPreviousPath() + "." + field + ": missing");
  }

  /** A non-empty string. */
  String string() throws IOException, SnapshotFormatException {
    if (skippedNull()) {
      return null;
    }
    if (reader.peek() != JsonToken.STRING) {
      throw wrong("expected a non-empty string");
    }
    String value = reader.nextString();
    if (value.isEmpty()) {
      throw new SnapshotFormatException(reader.getPreviousPath() + ": expected a non-empty string, found \"\"");
    }
    return value;
  }

  /** A string that {@code check} accepts, or the failure {@code expected} (with what was found). */
  String string(java.util.function.Predicate<String> check, String expected) throws IOException, SnapshotFormatException {
    if (reader.peek() != JsonToken.STRING) {
      throw wrong(expected);
    }
    String value = reader.nextString();
    if (!check.test(value)) {
      throw new SnapshotFormatException(reader.getPreviousPath() + ": " + expected + ", found " + new JsonPrimitive(value));
    }
    return value;
  }

  /** A whole number within the range of an int (a long is read so too). */
  Long integer() throws IOException, SnapshotFormatException {
    if (skippedNull()) {
      return null;
    }
    if (reader.peek() == JsonToken.NUMBER) {
      long value;
      try {
        value = reader.nextLong();
      } catch (NumberFormatException fraction) {
        // not consumed: what it was is named
        throw new SnapshotFormatException(reader.getPath() + ": expected an integer, found " + reader.nextString());
      }
      if (Math.abs(value) > Integer.MAX_VALUE) {
        throw new SnapshotFormatException(reader.getPreviousPath() + ": expected an integer, found " + value);
      }
      return value;
    }
    throw wrong("expected an integer");
  }

  Boolean bool() throws IOException, SnapshotFormatException {
    if (skippedNull()) {
      return null;
    }
    if (reader.peek() != JsonToken.BOOLEAN) {
      throw wrong("expected true or false");
    }
    return reader.nextBoolean();
  }

  /** An array, each item read by {@code item}. */
  <T> List<T> list(Item<T> item) throws IOException, SnapshotFormatException {
    if (skippedNull()) {
      return null;
    }
    if (reader.peek() != JsonToken.BEGIN_ARRAY) {
      throw wrong("expected an array");
    }
    List<T> items = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      items.add(item.read(this));
    }
    reader.endArray();
    return items;
  }

  /** An array of non-empty strings. */
  List<String> strings() throws IOException, SnapshotFormatException {
    return list(in -> {
      String value = in.string();
      if (value == null) {
        throw new SnapshotFormatException(in.previousPath() + ": expected a non-empty string, found null");
      }
      return value;
    });
  }

  /** An object of name -> non-empty string. */
  Map<String, String> names() throws IOException, SnapshotFormatException {
    Map<String, String> names = new TreeMap<>();
    beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String value = string();
      if (value == null) {
        throw missing(name);
      }
      names.put(name, value);
    }
    reader.endObject();
    return names;
  }

  /** An object of name -> {@link #names}. */
  Map<String, Map<String, String>> nestedNames() throws IOException, SnapshotFormatException {
    Map<String, Map<String, String>> names = new TreeMap<>();
    beginObject();
    while (reader.hasNext()) {
      names.put(reader.nextName(), names());
    }
    reader.endObject();
    return names;
  }

  /** The failure for the next value, which is not what was {@code expected}: names the value found. */
  private SnapshotFormatException wrong(String expected) throws IOException {
    String path = reader.getPath();
    String found;
    try {
      found = String.valueOf(JsonParser.parseReader(reader));
    } catch (RuntimeException e) {
      found = "a value that is not JSON";
    }
    return new SnapshotFormatException(path + ": " + expected + ", found " + found);
  }
}
