package org.opentechmarket.people;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, Z, S, V),
 * the last one a check character over the first 17 with weights 3^(i) mod 31.
 */
public final class CreditCode {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		String upper = code.toUpperCase(java.util.Locale.ROOT);
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(upper.charAt(i)) < 0) {
				return false;
			}
		}
		// positions 3–8 hold the GB/T 2260 registration region: digits only
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(upper.charAt(i))) {
				return false;
			}
		}
		return checkCharacter(upper.substring(0, 17)) == upper.charAt(17);
	}

	/** The check character for the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(Character.toUpperCase(first17.charAt(i)));
			if (value < 0) {
				throw new IllegalArgumentException("Not a credit-code character: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check);
	}

	public static String complete(String first17) {
		return first17 + checkCharacter(first17);
	}

	public static String normalise(String code) {
		return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
	}
}
