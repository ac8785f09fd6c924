package org.annals.server;

import org.annals.store.read.Records;

/** JSON of the API: the read model's one serialisation. */
final class Json {
  private Json() {}

  static String write(Object o) {
    return Records.json(o);
  }
}
