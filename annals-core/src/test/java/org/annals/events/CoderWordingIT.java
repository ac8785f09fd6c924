package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.actors.KnowledgeBaseLoader;
import org.annals.ingest.InputItem;
import org.annals.model.InputFormat;
import org.annals.model.SourceHints;
import org.annals.pipeline.ArticleOutcome;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How news words events (issue 14): acts spoken of but not reported code nothing, and the PLOVER
 * type follows the codebook where it differs from the crosswalk.
 */
class CoderWordingIT {
  private static Pipeline pipeline;

  @BeforeAll
  static void assemble() {
    pipeline = StandardPipeline.full(KnowledgeBaseLoader.bundled());
  }

  private static List<Event> events(String text) {
    InputItem in =
        new InputItem(
            "t",
            InputFormat.TEXT,
            text.getBytes(StandardCharsets.UTF_8),
            new SourceHints("t", null, null, "2024-07-10", null),
            null);
    ArticleOutcome o = pipeline.process(in);
    assertThat(o.ok()).as(o.error()).isTrue();
    return o.doc().events();
  }

  private static String plover(Event e) {
    return CameoCodes.standard().of(e).ploverType();
  }

  @Test
  void aKillingToBeStoppedOrEndedIsNoEventIssue14() {
    assertThat(
            events(
                "Iranian President Masoud Pezeshkian said Iran will stop the killing of the"
                    + " defenseless Palestinian people."))
        .noneMatch(e -> e.cameo().startsWith("18") || e.cameo().startsWith("13"));
    assertThat(
            events(
                "Turkish President Recep Tayyip Erdogan called for putting an end to the killing"
                    + " of civilians in Gaza."))
        .noneMatch(e -> e.cameo().startsWith("18"));
    assertThat(
            events(
                "Hamas said the Israeli army intends to continue the killing of the people of"
                    + " Gaza."))
        .noneMatch(e -> e.cameo().startsWith("18") || e.cameo().startsWith("13"));
  }

  @Test
  void aConvictionIsSanctionAndPeopleKilledAreCiviliansIssue14() {
    assertThat(
            events(
                "A court in Cairo found four former ministers guilty of corruption on Thursday and"
                    + " sentenced them to ten years in prison."))
        .anySatisfy(e -> assertThat(plover(e)).isEqualTo("SANCTION"))
        .allSatisfy(e -> assertThat(CameoCodes.standard().of(e).ploverMode()).isEqualTo("convict"));
    assertThat(events("Police arrested four former ministers in Cairo on Thursday."))
        .anySatisfy(e -> assertThat(plover(e)).isEqualTo("COERCE"));
    assertThat(events("At least twelve people were killed in a bombing in Colombo on Friday."))
        .anySatisfy(
            e -> {
              assertThat(plover(e)).isEqualTo("ASSAULT");
              assertThat(e.target().sector()).isEqualTo("CVL");
            });
  }

  @Test
  void anActPlacedInTheTextHappenedWhoeverDidItButPeopleInGeneralAreNoOneIssue14() {
    assertThat(
            events(
                "The protest came on the same day as a huge demonstration in Parliament Square in"
                    + " London."))
        .anySatisfy(e -> assertThat(plover(e)).isEqualTo("PROTEST"));
    assertThat(events("A party official said people had complained every day about Labour."))
        .noneMatch(e -> e.source() != null && "CVL".equals(e.source().sector()));
    assertThat(events("Iranian President Masoud Pezeshkian praised the Palestinian people."))
        .anySatisfy(e -> assertThat(e.target().country()).isEqualTo("PSE"));
    assertThat(events("A general strike by miners closed the pits on Monday."))
        .anySatisfy(e -> assertThat(e.source().sector()).isEqualTo("LAB"));
  }

  @Test
  void aCountedActIsCarriedByTheVerbOfItsCountAndMoneyGivenIsAidIssue14() {
    assertThat(
            events(
                "Indian and Japanese warships began two weeks of naval exercises off Chennai on"
                    + " Monday."))
        .anySatisfy(
            e -> {
              assertThat(plover(e)).isEqualTo("COOPERATE");
              assertThat(e.source()).isNotNull();
            });
    assertThat(events("Japan gave Kenya $20 million on Monday for its schools."))
        .anySatisfy(
            e -> {
              assertThat(plover(e)).isEqualTo("AID");
              assertThat(e.target().country()).isEqualTo("KEN");
            });
  }

  @Test
  void speakingOrWritingWithNoOneSpokenToIsNoConsultationIssue14() {
    assertThat(events("Gordon Brown was speaking at a seminar in London on Monday."))
        .noneMatch(e -> e.cameo().startsWith("04"));
    assertThat(events("Gordon Brown wrote in the Guardian that the economy was strong."))
        .noneMatch(e -> e.cameo().startsWith("04"));
    assertThat(events("Gordon Brown spoke with Kofi Annan in London on Monday."))
        .anySatisfy(e -> assertThat(e.cameo()).startsWith("04"));
  }

  @Test
  void anOccupationIsAStateNotAnActIssue14() {
    assertThat(
            events(
                "Iranian President Masoud Pezeshkian spoke of the end of the decades-long"
                    + " occupation of Palestine by Israel."))
        .noneMatch(e -> e.cameo().startsWith("19"));
  }

  @Test
  void aResignationIsRetreatAndAPromisedWithdrawalConcedeIssue14() {
    assertThat(events("Italian Prime Minister Mario Draghi resigned on Thursday."))
        .anySatisfy(e -> assertThat(plover(e)).isEqualTo("RETREAT"));
    assertThat(
            events(
                "Russian President Vladimir Putin said Russia will withdraw its troops from"
                    + " Ukraine."))
        .anySatisfy(e -> assertThat(plover(e)).isEqualTo("CONCEDE"));
  }

  @Test
  void sanctionsAndCoercionWordedAsNewsWordsThem() {
    assertThat(events("The Russian government cut off electricity to the Ukrainian town of Sumy."))
        .anySatisfy(e -> assertThat(plover(e)).isEqualTo("COERCE"));
    assertThat(events("The United States withdrew from the Paris climate agreement on Monday."))
        .anySatisfy(e -> assertThat(plover(e)).isEqualTo("SANCTION"));
  }

  @Test
  void agentsNamedByCommonNounsActIssue14() {
    // a jury (JUD) indicts officers (COP); dock workers (LAB) begin a strike
    assertThat(events("A grand jury in Ohio indicted four police officers on Tuesday."))
        .anySatisfy(
            e -> {
              assertThat(e.cameo()).isEqualTo("112");
              assertThat(e.source().sector()).isEqualTo("JUD");
              assertThat(e.target().sector()).isEqualTo("COP");
            });
    assertThat(events("Dock workers in Antwerp began a strike on Monday over pay."))
        .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("143"));
    assertThat(events("Bandits kidnapped twelve villagers in Zamfara on Sunday."))
        .anySatisfy(
            e -> assertThat(e.source()).extracting(Event.Participant::sector).isEqualTo("CRM"));
  }
}
