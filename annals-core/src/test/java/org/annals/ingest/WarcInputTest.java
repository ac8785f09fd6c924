package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annals.model.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputTest {
  @TempDir Path dir;

  private static final Instant FETCHED = Instant.parse("2024-03-05T10:15:30Z");

  private static byte[] warc(WarcCompression compression, boolean withExtras) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression);
    if (withExtras) {
      w.write(
          new WarcRequest.Builder("https://news.example/a")
              .date(FETCHED)
              .body(new HttpRequest.Builder("GET", "/a").build())
              .build());
    }
    w.write(
        response(
            "https://news.example/a",
            200,
            MediaType.HTML_UTF8,
            "<html><body><p>Minister A met B.</p></body></html>"));
    if (withExtras) {
      w.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"), "PNG"));
      w.write(response("https://news.example/gone", 404, MediaType.HTML, "<p>not found</p>"));
    }
    w.write(
        response(
            "https://news.example/b.txt",
            200,
            MediaType.PLAIN_TEXT,
            "Envoys met in Oslo on Monday."));
    return out.toByteArray();
  }

  private static WarcResponse response(String uri, int status, MediaType type, String body)
      throws IOException {
    return new WarcResponse.Builder(uri)
        .date(FETCHED)
        .body(
            new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8))
                .build())
        .build();
  }

  private List<InputItem> walk(Path f) {
    List<InputItem> items = new ArrayList<>();
    InputWalker walker = new InputWalker(1 << 20);
    walker.walk(List.of(f.toString()), items::add);
    return items;
  }

  @Test
  void responseRecordsWithHtmlOrTextAreArticlesWithUrlAndFetchTimeNeverPublished()
      throws Exception {
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path f = dir.resolve(c == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz");
      Files.write(f, warc(c, true));
      InputWalker walker = new InputWalker(1 << 20);
      List<InputItem> items = new ArrayList<>();
      walker.walk(List.of(f.toString()), items::add);
      assertThat(items)
          .extracting(InputItem::source)
          .containsExactly("https://news.example/a", "https://news.example/b.txt");
      assertThat(items)
          .extracting(InputItem::format)
          .containsExactly(InputFormat.HTML, InputFormat.TEXT);
      assertThat(new String(items.get(0).bytes(), StandardCharsets.UTF_8))
          .contains("Minister A met B.");
      assertThat(items.get(0).hints().url()).isEqualTo("https://news.example/a");
      assertThat(items.get(0).hints().fetched()).isEqualTo("2024-03-05T10:15:30Z");
      assertThat(items.get(0).hints().published()).isNull();
      // the request, the image and the 404 page
      assertThat(walker.skippedRecords()).as(c.toString()).isEqualTo(3);
    }
  }

  @Test
  void aMalformedRecordIsReportedWithItsOffsetAndTheRestIsRead() throws Exception {
    byte[] good = warc(WarcCompression.NONE, false);
    String text = new String(good, StandardCharsets.ISO_8859_1);
    int second = text.indexOf("WARC/1.", 10);
    // break the second record's header line; the first and what follows stay readable
    byte[] broken = Arrays.copyOf(good, good.length);
    byte[] junk = "WARC/1.1\r\nContent-Length: banana\r\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] withJunk = new byte[good.length + junk.length];
    System.arraycopy(broken, 0, withJunk, 0, second);
    System.arraycopy(junk, 0, withJunk, second, junk.length);
    System.arraycopy(broken, second, withJunk, second + junk.length, good.length - second);
    Path f = dir.resolve("bad.warc");
    Files.write(f, withJunk);
    List<InputItem> items = walk(f);
    assertThat(items)
        .filteredOn(i -> !i.isFailure())
        .extracting(InputItem::source)
        .containsExactly("https://news.example/a", "https://news.example/b.txt");
    List<InputItem> failed = items.stream().filter(InputItem::isFailure).toList();
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).source()).isEqualTo(f + "@" + second);
    assertThat(failed.get(0).error()).contains("offset " + second).doesNotContain("\n");
  }

  @Test
  void aTruncatedFileKeepsItsWholeRecordsAndSaysWhereItEnds() throws Exception {
    for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      byte[] good = warc(c, false);
      Path f = dir.resolve(c == WarcCompression.NONE ? "cut.warc" : "cut.warc.gz");
      Files.write(f, Arrays.copyOf(good, good.length - 40));
      List<InputItem> items = walk(f);
      assertThat(items.get(0).source()).as(c.toString()).isEqualTo("https://news.example/a");
      assertThat(items.get(0).isFailure()).isFalse();
      assertThat(items.subList(1, items.size()))
          .as(c.toString())
          .allSatisfy(
              i ->
                  assertThat(i.isFailure() ? i.error() : "an article")
                      .containsAnyOf("WARC record", "an article"));
      assertThat(items).filteredOn(InputItem::isFailure).hasSizeLessThanOrEqualTo(1);
    }
  }
}
