package org.annals.store;

import java.util.List;
import org.annals.store.read.RoleRecord;

/** An actor as stored: the actor record of {@code annals actors} and {@code /api/actors}. */
public record StoredActor(
    String id,
    String name,
    String kind,
    String country,
    List<String> sectors,
    List<String> aliases,
    List<RoleRecord> roles,
    int mentions,
    boolean known,
    List<String> articles) {}
