package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.linking.Mention;
import org.annals.model.DatePrecision;
import org.junit.jupiter.api.Test;

class BlockLinkerTest {
  private static Mention call(String id, String src, String tgt, String date, String text) {
    return new Mention(
        id,
        id.substring(0, id.indexOf('-')),
        src,
        tgt,
        "040",
        "spoke",
        date,
        date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY,
        text);
  }

  private static Map<String, String> clusters(List<BlockLinker.Link> links) {
    return links.stream()
        .collect(Collectors.toMap(BlockLinker.Link::event, BlockLinker.Link::cluster));
  }

  @Test
  void aClusterIsNamedAfterItsLeastEventIdWhateverTheInputOrder() {
    Mention late = call("b-e1", "IRN", "PSE", "2024-07-14", null);
    Mention early = call("z-e1", "PSE", "IRN", "2024-07-15", null); // reported the other way
    List<BlockLinker.Link> links =
        BlockLinker.link(
            List.of(new BlockLinker.Member(1, early, null), new BlockLinker.Member(2, late, null)));
    assertThat(clusters(links)).containsEntry("b-e1", "b-e1").containsEntry("z-e1", "b-e1");
    BlockLinker.Link second =
        links.stream().filter(l -> l.event().equals("b-e1")).findFirst().get();
    assertThat(second.linkWith()).isEqualTo("z-e1"); // the later article names the earlier
  }

  @Test
  void datesTwoDaysApartStayApart() {
    List<BlockLinker.Link> links =
        BlockLinker.link(
            List.of(
                new BlockLinker.Member(1, call("a-e1", "A", "B", "2024-07-14", null), null),
                new BlockLinker.Member(2, call("c-e1", "A", "B", "2024-07-16", null), null)));
    assertThat(clusters(links)).containsEntry("a-e1", "a-e1").containsEntry("c-e1", "c-e1");
  }

  @Test
  void aNewEventJoinsAnEarlierOutputsClusterAndRenamesItOnlyWhenItsIdIsLess() {
    Mention old = call("m-e1", "A", "B", "2024-07-14", null);
    Mention neu = call("c-e2", "A", "B", "2024-07-14", null);
    List<BlockLinker.Link> links =
        BlockLinker.link(
            List.of(new BlockLinker.Member(-1, old, "m-e1"), new BlockLinker.Member(0, neu, null)));
    assertThat(links)
        .extracting(BlockLinker.Link::event, BlockLinker.Link::cluster, BlockLinker.Link::earlier)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("c-e2", "c-e2", false),
            org.assertj.core.groups.Tuple.tuple("m-e1", "c-e2", true));
  }
}
