package org.annals.store.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one serialisation of read-model records, for the command line, the API and exports. */
public final class Records {
  /** Writes records as JSON: snake_case fields in declaration order, nulls kept. */
  public static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private Records() {}

  /** The record as a JSON object, fields in order. */
  public static Map<String, Object> map(Object record) {
    return JSON.convertValue(record, MAP);
  }

  /** Each record as a JSON object. */
  public static List<Map<String, Object>> maps(List<?> records) {
    List<Map<String, Object>> out = new ArrayList<>(records.size());
    for (Object r : records) {
      out.add(map(r));
    }
    return out;
  }

  /** The record as one line of JSON. */
  public static String json(Object record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + record.getClass().getSimpleName(), e);
    }
  }
}
