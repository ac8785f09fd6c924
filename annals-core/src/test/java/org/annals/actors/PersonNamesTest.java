package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void transliterationsMeet() {
    assertThat(PersonNames.fullKey("Ismail Haniyeh"))
        .isEqualTo(PersonNames.fullKey("Esmail Haniya"));
    assertThat(PersonNames.fullKey("Ziyad al-Nakhalah"))
        .isEqualTo(PersonNames.fullKey("Ziad Nakhale"));
    assertThat(PersonNames.fullKey("Hossein Amirabdollahian"))
        .isEqualTo(PersonNames.fullKey("Hossein Amir-Abdollahian"));
    assertThat(PersonNames.fullKey("Mohammad Rouhani"))
        .isEqualTo(PersonNames.fullKey("Muhammad Rowhani"));
    assertThat(PersonNames.fullKey("Qasem Sulaimani"))
        .isEqualTo(PersonNames.fullKey("Kasem Soleimani"));
  }

  @Test
  void honorificsDoNotCount() {
    assertThat(PersonNames.fullKey("Ayatollah Seyyed Ali Khamenei"))
        .isEqualTo(PersonNames.fullKey("Ali Khamenei"));
    assertThat(PersonNames.surnameKey("General Adoum Saleh"))
        .isEqualTo(PersonNames.surnameKey("Saleh"));
  }

  @Test
  void differentPeopleStayApart() {
    assertThat(PersonNames.surnameKey("Khamenei")).isNotEqualTo(PersonNames.surnameKey("Khomeini"));
    assertThat(PersonNames.fullKey("Halima Issoufou"))
        .isNotEqualTo(PersonNames.fullKey("Moussa Issoufou"));
  }
}
