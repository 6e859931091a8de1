package org.usertasks.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integer codes of wire enums, looked up and described for error messages.
 */
class CodedEnumTests {

	/** Codes with a gap, so that a lookup by position would be caught. */
	enum Light implements CodedEnum {

		Red(0), Amber(1), Green(5);

		private final int code;

		Light(int code) {
			this.code = code;
		}

		@Override
		public int code() {
			return this.code;
		}

	}

	@Test
	void findsTheConstantWithACode() {
		int code = 5;

		Light light = CodedEnum.fromCode(Light.class, code);

		assertThat(light).isEqualTo(Light.Green);
	}

	@Test
	void answersNullForACodeNoConstantHas() {
		int gap = 2;

		Light light = CodedEnum.fromCode(Light.class, gap);

		assertThat(light).isNull();
	}

	@Test
	void answersNullForANegativeCode() {
		int negative = -1;

		Light light = CodedEnum.fromCode(Light.class, negative);

		assertThat(light).isNull();
	}

	@Test
	void describesEachCodeWithItsNameInDeclarationOrder() {
		Class<Light> type = Light.class;

		String description = CodedEnum.describe(type);

		assertThat(description).isEqualTo("0 Red, 1 Amber, 5 Green");
	}

}
