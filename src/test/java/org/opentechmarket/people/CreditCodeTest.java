package org.opentechmarket.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码 (GB 32100-2015): alphabet, region digits and the mod-31 check character. */
class CreditCodeTest {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@Test
	void knownRealFormatCodesAreValid() {
		// the worked example of GB 32100-2015 and a real enterprise code
		assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void completedCodesAreValid() {
		Random random = new Random(42);
		for (int n = 0; n < 500; n++) {
			String body = randomBody(random);
			String code = CreditCode.complete(body);
			assertThat(code).hasSize(18).startsWith(body);
			assertThat(CreditCode.isValid(code)).as(code).isTrue();
		}
	}

	@Test
	void demoOrganisationCodesAreValid() {
		assertThat(CreditCode.isValid(CreditCode.complete("12330000MB0000020"))).isTrue();
		assertThat(CreditCode.complete("12330000MB0000020")).isEqualTo("12330000MB0000020G");
	}

	@Test
	void everyOtherCheckCharacterIsRefused() {
		String body = "91330106MA2B3C4D5";
		String valid = CreditCode.complete(body);
		int refused = 0;
		for (char c : ALPHABET.toCharArray()) {
			String candidate = body + c;
			if (!candidate.equals(valid)) {
				assertThat(CreditCode.isValid(candidate)).as(candidate).isFalse();
				refused++;
			}
		}
		assertThat(refused).isEqualTo(30);
	}

	@Test
	void aSingleChangedCharacterIsDetected() {
		String valid = "91350100M000100Y43";
		// change one body character, keep the old check character
		String changed = "91350100M000101Y43";
		assertThat(CreditCode.isValid(changed)).isFalse();
		// two swapped adjacent characters
		assertThat(CreditCode.isValid("91350100M001000Y43")).isFalse();
		assertThat(CreditCode.isValid(valid)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "9135010", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100Y43 0" })
	void wrongLengthIsRefused(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@Test
	void nullIsRefused() {
		assertThat(CreditCode.isValid(null)).isFalse();
		assertThat(CreditCode.normalise(null)).isNull();
	}

	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'S', 'V', 'Z' })
	void forbiddenLettersAreRefused(char letter) {
		// in the body: whatever the check character, the code is invalid
		String body = "91330106MA2B3C4D" + letter;
		for (char check : ALPHABET.toCharArray()) {
			assertThat(CreditCode.isValid(body + check)).isFalse();
		}
		// as the check character of an otherwise valid body
		assertThat(CreditCode.isValid("91350100M000100Y4" + letter)).isFalse();
		assertThatThrownBy(() -> CreditCode.checkCharacter(body)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void lettersInTheRegionPositionsAreRefused() {
		// positions 3–8 are the GB/T 2260 region: digits only, even with a matching check character
		String body = "913A0100M000100Y4";
		assertThat(CreditCode.isValid(CreditCode.complete(body))).isFalse();
	}

	@Test
	void punctuationAndChineseAreRefused() {
		assertThat(CreditCode.isValid("91350100M000100Y-3")).isFalse();
		assertThat(CreditCode.isValid("91350100M000100Y中3")).isFalse();
	}

	@Test
	void lowerCaseIsAcceptedAndNormalised() {
		assertThat(CreditCode.isValid("91350100m000100y43")).isTrue();
		assertThat(CreditCode.normalise("  91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.isValid(CreditCode.normalise(" 91110000600037341l\t"))).isTrue();
		// lower-case body letters give the same check character as upper-case ones
		assertThat(CreditCode.checkCharacter("91350100m000100y4")).isEqualTo(CreditCode.checkCharacter("91350100M000100Y4"));
	}

	private static String randomBody(Random random) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < 17; i++) {
			boolean region = i >= 2 && i < 8;
			b.append(region ? (char) ('0' + random.nextInt(10)) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return b.toString();
	}
}
