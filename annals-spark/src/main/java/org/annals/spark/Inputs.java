package org.annals.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.InputException;
import org.annals.ingest.InputWalker;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files under the paths a user gives through Hadoop's file systems (local paths, {@code
 * file:}, {@code hdfs://}, {@code s3a://}, whatever the class path provides), in the order {@code
 * ingest}'s {@link InputWalker} reads them: paths as given, directories recursively in path order,
 * files of other types inside directories skipped. Runs on the driver.
 */
final class Inputs {
  private Inputs() {}

  static Configuration hadoop(Map<String, String> settings) {
    Configuration conf = new Configuration();
    settings.forEach(conf::set);
    return conf;
  }

  /** The files to read; a path that does not exist is an error naming it. */
  static List<InputFile> list(List<String> paths, Configuration conf) {
    List<InputFile> out = new ArrayList<>();
    for (String p : paths) {
      boolean local = isLocal(p);
      Path path = local ? new Path(java.nio.file.Path.of(p).toAbsolutePath().toUri()) : new Path(p);
      try {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus top = fs.getFileStatus(path);
        if (!top.isDirectory()) {
          out.add(new InputFile(out.size(), top.getPath().toString(), p));
          continue;
        }
        List<String> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (InputWalker.isInput(f.getPath().getName())) {
            files.add(f.getPath().toString());
          }
        }
        files.sort(null); // InputWalker sorts paths: the same order for one prefix
        String root = fs.getFileStatus(path).getPath().toString();
        for (String f : files) {
          String below = f.substring(root.length()).replaceFirst("^/", "");
          String source =
              local ? java.nio.file.Path.of(p).resolve(below).toString() : join(p, below);
          out.add(new InputFile(out.size(), f, source));
        }
      } catch (java.io.FileNotFoundException e) {
        throw new InputException(p, "no such file or directory", e);
      } catch (IOException e) {
        throw new InputException(p, "cannot list: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** A path without a scheme (or {@code file:}) is read from the local file system. */
  static boolean isLocal(String p) {
    URI u;
    try {
      u = new URI(p);
    } catch (java.net.URISyntaxException e) {
      return true;
    }
    return u.getScheme() == null || u.getScheme().length() == 1; // C: on Windows
  }

  private static String join(String dir, String below) {
    return dir.endsWith("/") ? dir + below : dir + "/" + below;
  }
}
