package org.opentechmarket.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Matched terms are marked and everything else is escaped: the only markup that comes out is {@code <mark>}. */
class HighlightsTest {

	@Test
	void marksEveryOccurrenceOfEveryTerm() {
		assertThat(Highlights.html("纺织品瑕疵在线检测，瑕疵检出率高", List.of("瑕疵", "检测")))
			.isEqualTo("纺织品<mark>瑕疵</mark>在线<mark>检测</mark>，<mark>瑕疵</mark>检出率高");
	}

	@Test
	void overlappingAndAdjacentTermsBecomeOneMark() {
		assertThat(Highlights.html("机器视觉检测", List.of("机器视觉", "视觉检测"))).isEqualTo("<mark>机器视觉检测</mark>");
		assertThat(Highlights.html("深度学习模型", List.of("深度", "学习"))).isEqualTo("<mark>深度学习</mark>模型");
	}

	@Test
	void latinTermsMatchWhateverTheirCase() {
		assertThat(Highlights.html("Uses LiDAR and lidar", List.of("lidar"))).isEqualTo("Uses <mark>LiDAR</mark> and <mark>lidar</mark>");
	}

	@Test
	void theTextIsEscapedMarkedOrNot() {
		String text = "<script>alert('x')</script> & <b>瑕疵</b> \"检测\"";
		String html = Highlights.html(text, List.of("瑕疵", "script"));
		assertThat(html).isEqualTo("&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; &amp; "
				+ "&lt;b&gt;<mark>瑕疵</mark>&lt;/b&gt; &quot;检测&quot;");
		assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
	}

	@Test
	void aTermThatLooksLikeMarkupIsMatchedAsTextAndEscaped() {
		String html = Highlights.html("a<b>c", List.of("<b>"));
		assertThat(html).isEqualTo("a<mark>&lt;b&gt;</mark>c");
		assertThat(Highlights.html("plain", List.of("</mark><script>"))).isEqualTo("plain");
	}

	@Test
	void nothingToMarkAndNothingGiven() {
		assertThat(Highlights.html("文本", List.of())).isEqualTo("文本");
		assertThat(Highlights.html("文本", null)).isEqualTo("文本");
		assertThat(Highlights.html(null, List.of("x"))).isEmpty();
		assertThat(Highlights.html("文本", java.util.Arrays.asList(null, " "))).isEqualTo("文本");
	}

	@Test
	void anExcerptShowsTheFirstMarkedTermWithEllipsesWhereCut() {
		String text = "甲".repeat(100) + "瑕疵检测" + "乙".repeat(100);
		String excerpt = Highlights.excerpt(text, List.of("瑕疵"), 40);
		assertThat(excerpt).startsWith("…").endsWith("…").contains("<mark>瑕疵</mark>检测");
		assertThat(excerpt.replace("<mark>", "").replace("</mark>", "").replace("…", "")).hasSize(40);
		// short texts come whole, without ellipses; whitespace runs collapse
		assertThat(Highlights.excerpt("  瑕疵\n\n检测  ", List.of("检测"), 40)).isEqualTo("瑕疵 <mark>检测</mark>");
		// nothing marked: the start of the text
		assertThat(Highlights.excerpt(text, List.of("不存在"), 10)).isEqualTo("甲".repeat(10) + "…");
	}

	@Test
	void anExcerptNeverCutsAMarkOrACharacterInTwo() {
		String text = "前".repeat(30) + "视觉检测" + "后".repeat(30);
		// a window of 3 would end inside the mark: it is widened to the mark's end
		assertThat(Highlights.excerpt(text, List.of("视觉检测"), 3)).isEqualTo("…<mark>视觉检测</mark>…");
		String emoji = "😀".repeat(30);
		String cut = Highlights.excerpt(emoji, List.of(), 11);
		assertThat(cut.replace("…", "").codePoints().allMatch(c -> c == "😀".codePointAt(0))).isTrue();
	}

	@Test
	void pairsThatOnlyBridgeTwoTermsAreNotListed() {
		String text = "布面瑕疵在线检测，人工验布漏检多";
		assertThat(Highlights.readable(List.of("布面", "瑕疵", "疵在", "在线", "检测", "工验", "人工", "验布"), text))
			.containsExactly("布面", "瑕疵", "在线", "检测", "人工", "验布");
		// a pair is kept where it also occurs on its own; one inside a longer term says nothing more; words always stay
		assertThat(Highlights.readable(List.of("瑕疵", "疵在", "在线"), "瑕疵在线；疵在")).containsExactly("瑕疵", "疵在", "在线");
		assertThat(Highlights.readable(List.of("机器视觉", "视觉"), "机器视觉")).containsExactly("机器视觉");
		assertThat(Highlights.readable(List.of("机器视觉", "视觉检测"), "机器视觉检测")).containsExactly("机器视觉", "视觉检测");
		assertThat(Highlights.readable(null, text)).isEmpty();
		assertThat(Highlights.readable(List.of("疵在"), null)).containsExactly("疵在");
	}

	@Test
	void excerptsAreEscapedToo() {
		assertThat(Highlights.excerpt("<img src=x onerror=alert(1)> 瑕疵", List.of("瑕疵"), 200))
			.isEqualTo("&lt;img src=x onerror=alert(1)&gt; <mark>瑕疵</mark>");
	}
}
