package org.annals.spark;

import java.io.Serializable;

/**
 * One file to read, found on the driver: its place in the walk, where it is (a Hadoop URI) and the
 * name its articles get ({@code ingest}'s: the path as the user gave it, then the file's path below
 * it).
 */
record InputFile(long index, String uri, String source) implements Serializable {}
