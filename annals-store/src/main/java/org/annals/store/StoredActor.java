package org.annals.store;

import java.util.List;
import java.util.Map;

/** An actor as stored: the actor record of {@code annals actors}. */
public record StoredActor(
    String id,
    String name,
    String kind,
    String country,
    List<String> sectors,
    List<String> aliases,
    List<Map<String, Object>> roles,
    int mentions,
    boolean known,
    List<String> articles) {}
