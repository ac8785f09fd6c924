package org.annals.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.actors.Actor;
import org.annals.actors.ActorKind;
import org.annals.actors.ArticleActors;
import org.annals.actors.ResolvedMention;
import org.annals.model.Annotations;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The label shapes on tagged sentences written for the test: "word/TAG" (or "word/TAG@NER"), a
 * mention as "[word/TAG ...]=ACTOR" (an actor id starting "p:" is a person).
 */
class LabelFinderTest {
  private record Found(String text, List<Label> labels) {
    List<String> of(String actor) {
      return labels.stream()
          .filter(l -> l.actorId().equals(actor))
          .map(l -> l.rule() + ":" + l.label())
          .toList();
    }
  }

  private static Found find(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<ResolvedMention> mentions = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    int mentionStart = -1;
    for (String item : tagged.split(" ")) {
      boolean opens = item.startsWith("[");
      String w = opens ? item.substring(1) : item;
      String actor = null;
      if (w.contains("]=")) {
        actor = w.substring(w.indexOf("]=") + 2);
        w = w.substring(0, w.indexOf("]="));
      }
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int slash = w.lastIndexOf('/');
      String word = w.substring(0, slash);
      if (opens) {
        mentionStart = text.length();
      }
      Span span = new Span(text.length(), text.length() + word.length());
      text.append(word);
      String tag = w.substring(slash + 1);
      String ner = "O";
      if (tag.contains("@")) { // "week/NN@DATE": the entity tag
        ner = tag.substring(tag.indexOf('@') + 1);
        tag = tag.substring(0, tag.indexOf('@'));
      }
      String lemma =
          word.endsWith("s") && tag.equals("NNS") ? word.substring(0, word.length() - 1) : word;
      tokens.add(new Token(tokens.size(), 0, span, word, lemma, tag, ner));
      if (actor != null) {
        Span ms = new Span(mentionStart, text.length());
        mentions.add(new ResolvedMention(0, ms, ms.of(text), actor, "kb:alias"));
        ActorKind kind = actor.startsWith("p:") ? ActorKind.PERSON : ActorKind.ORGANIZATION;
        actors.add(
            new Actor(actor, kind, actor, null, List.of(), List.of(), List.of(), false, "test"));
      }
    }
    Sentence s = new Sentence(0, 0, tokens.size(), new Span(0, text.length()));
    Annotations a = new Annotations(List.of(s), tokens, List.of(), List.of(), null, null);
    String t = text.toString();
    List<Actor> distinct = actors.stream().distinct().toList();
    return new Found(t, new LabelFinder().find(t, a, new ArticleActors(distinct, mentions)));
  }

  @Test
  void theNounPhraseANameModifiesUpToItsHeadNoun() {
    Found f =
        find(
            "the/DT [Hamas/NNP]=HMS terrorist/JJ movement/NN 's/POS political/JJ bureau/NN"
                + " said/VBD");
    assertThat(f.of("HMS")).containsExactly("np:terrorist movement");
    Label l = f.labels().get(0);
    assertThat(l.phrase().of(f.text())).isEqualTo("the Hamas terrorist movement");
    assertThat(l.mention().of(f.text())).isEqualTo("Hamas");
    assertThat(l.sentenceSpan().of(f.text())).isEqualTo(f.text());
    assertThat(l.head()).isEqualTo("movement");
    assertThat(l.lemmas()).isEqualTo("terrorist movement");
  }

  @Test
  void modifiersBeforeAndNounsAfterAnAdjectivalName() {
    Found f = find("the/DT brutal/JJ [Israeli/JJ]=ISR regime/NN bombed/VBD [Gaza/NNP]=PSE");
    assertThat(f.of("ISR")).containsExactly("np:brutal regime");
    assertThat(f.of("PSE")).isEmpty();
  }

  @Test
  void nounsBeforeAPersonsNameAreTheirTitleNotTheModifiersLabel() {
    Found f = find("[Hamas/NNP]=HMS leader/NN [Ismail/NNP Haniyeh/NNP]=p:haniyeh arrived/VBD");
    assertThat(f.of("HMS")).isEmpty();
    assertThat(f.of("p:haniyeh")).containsExactly("np:Hamas leader");
  }

  @Test
  void aNounWhoseObjectTheNameIs() {
    Found f = find("militants/NNS from/IN [Hamas/NNP]=HMS infiltrated/VBD [Israel/NNP]=ISR");
    assertThat(f.of("HMS")).containsExactly("of-phrase:militants");
    assertThat(f.of("ISR")).isEmpty();
  }

  @Test
  void anAdjectiveInsideALongerPhraseIsNotTheObject() {
    Found f =
        find(
            "the/DT heads/NNS of/IN the/DT [Palestinian/JJ]=PSE militant/JJ organizations/NNS"
                + " [Hamas/NNP]=HMS met/VBD");
    assertThat(f.of("PSE")).isEmpty();
    assertThat(f.of("HMS"))
        .containsExactly("np:Palestinian militant organizations", "of-phrase:heads");
  }

  @Test
  void aPhraseApposedAfterACommaEndsAtItsNoun() {
    assertThat(find("[Hamas/NNP]=HMS ,/, the/DT group/NN that/WDT runs/VBZ Gaza/NNP").of("HMS"))
        .containsExactly("apposition:group");
    assertThat(find("[Iran/NNP]=IRN ,/, militants/NNS said/VBD").of("IRN")).isEmpty();
    assertThat(
            find("[Haniyeh/NNP]=p:h ,/, head/NN of/IN the/DT political/JJ bureau/NN ,/, said/VBD")
                .of("p:h"))
        .containsExactly("apposition:head of the political bureau");
  }

  @Test
  void aPhraseSetBeforeTheNameAndItsDeterminer() {
    Found f =
        find(
            "[Iran/NNP]=IRN 's/POS Yemeni/JJ terrorist/JJ proxy/NN the/DT [Houthis/NNPS]=HOU"
                + " fired/VBD");
    assertThat(f.of("HOU")).containsExactly("prenominal:Iran 's Yemeni terrorist proxy");
  }

  @Test
  void namesAloneDescribeNothing() {
    Found f = find("[Yemen/NNP]=YEM 's/POS [Supreme/NNP Council/NNP]=SPC met/VBD");
    assertThat(f.labels()).isEmpty();
  }

  @Test
  void aHeadlinesVerbTaggedAsANounIsNoPhraseOfTheName() {
    assertThat(find("[Blair/NNP]=p:blair backs/NNS pre-election/JJ budget/NN").labels()).isEmpty();
    assertThat(find("[Tories/NNPS]=CON attack/NN burglar/NN plans/NNS").labels()).isEmpty();
    assertThat(find("Fox/NNP attacks/NNS [Blair/NNP]=p:blair 's/POS plans/NNS").labels()).isEmpty();
    // with a verb in the sentence the same shape is a phrase of the name
    assertThat(find("[Labour/NNP]=LAB MPs/NNS criticised/VBD the/DT plan/NN").of("LAB"))
        .containsExactly("np:MPs");
  }

  @Test
  void whatIsOfAPersonOrAnActFromAGroupIsNoLabel() {
    assertThat(find("the/DT memory/NN of/IN [Brown/NNP]=p:brown returned/VBD").labels()).isEmpty();
    assertThat(find("a/DT challenge/NN from/IN [Labour/NNP]=LAB came/VBD").labels()).isEmpty();
    assertThat(find("officials/NNS from/IN [Labour/NNP]=LAB came/VBD").of("LAB"))
        .containsExactly("of-phrase:officials");
  }

  @Test
  void theNounsBeforeAPersonsNameAreATitleOrNothing() {
    assertThat(find("the/DT election/NN [Blair/NNP]=p:blair faced/VBD").labels()).isEmpty();
    assertThat(find("[Tory/NNP]=CON co-chairman/NN [Liam/NNP Fox/NNP]=p:fox spoke/VBD").of("p:fox"))
        .containsExactly("np:Tory co-chairman");
    // a noun of the lexicon names a person by kind: the brutal warlord Vance
    assertThat(find("the/DT brutal/JJ warlord/NN [Vance/NNP]=p:v stayed/VBD").of("p:v"))
        .containsExactly("np:brutal warlord");
    assertThat(find("the/DT embattled/JJ [Blunkett/NNP]=p:b resigned/VBD").of("p:b"))
        .containsExactly("np:embattled");
    assertThat(find("the/DT late/JJ [Imam/NNP Khomeini/NNP]=p:k said/VBD").of("p:k"))
        .containsExactly("np:late");
  }

  @Test
  void aPersonModifiesANounOnlyAfterADeterminer() {
    assertThat(find("the/DT [Blair/NNP]=p:blair government/NN fell/VBD").of("p:blair"))
        .containsExactly("np:government");
    assertThat(find("[Blair/NNP]=p:blair allies/NNS said/VBD").of("p:blair")).isEmpty();
  }

  @Test
  void aVerbsParticipleIsNoModifierOfItsObject() {
    assertThat(
            find("the/DT Tories/NNPS have/VBP accused/VBN [Tony/NNP Blair/NNP]=p:blair").labels())
        .isEmpty();
    assertThat(find("the/DT armed/VBN [Hamas/NNP]=HMS wing/NN said/VBD").of("HMS"))
        .containsExactly("np:armed wing");
  }

  @Test
  void datesAndNumbersAreNoPartOfAPhrase() {
    assertThat(
            find("Kilroy-Silk/NNP quit/VBD [UKIP/NNP]=UKIP last/JJ@DATE week/NN@DATE").of("UKIP"))
        .isEmpty();
  }

  @Test
  void hyphensAtTheEdgeOfALabelGo() {
    Found f = find("[Israel/NNP]=ISR -/HYPH linked/VBN ships/NNS sank/VBD");
    assertThat(f.of("ISR")).containsExactly("np:linked ships");
  }

  @Test
  void everyMentionOfTheSameActorStaysOutOfItsLabel() {
    Found f =
        find("[Palestinian/JJ]=PSE -/HYPH [Palestinian/JJ]=PSE agreement/NN was/VBD signed/VBN");
    assertThat(f.of("PSE")).containsOnly("np:agreement");
  }
}
