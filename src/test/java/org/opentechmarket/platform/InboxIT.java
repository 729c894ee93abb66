package org.opentechmarket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentechmarket.people.UserAccounts;
import org.opentechmarket.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox: a message reaches only its addressee, in the reader's language, and opening it marks it read. */
@PlatformTest
class InboxIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	Inbox inbox;
	@Autowired
	UserAccounts accounts;

	@Test
	void aMessageReachesOnlyItsAddresseeAndOpeningItMarksItRead() throws Exception {
		CurrentUser reader = accounts.loadUser("demo-registrar").orElseThrow();
		CurrentUser other = accounts.loadUser("demo-enterprise3").orElseThrow();
		long before = inbox.unread(reader.id());
		inbox.deliver(reader.id(), "inbox.notFound", List.of("收件测试-42"), "/account");

		assertThat(inbox.unread(reader.id())).isEqualTo(before + 1);
		String page = mvc.perform(get("/inbox").param("lang", "en").with(user(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Message 收件测试-42 not found.")))
			.andExpect(content().string(containsString("id=\"inbox-unread\"")))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(get("/inbox").with(user(other)))
			.andExpect(content().string(not(containsString("收件测试-42"))));

		String id = page.replaceAll("(?s).*?/inbox/(\\d+)/open.*", "$1");
		// someone else cannot open (and so mark read) another user's message
		mvc.perform(post("/inbox/{id}/open", id).with(user(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/inbox/{id}/open", id).with(user(reader)).with(csrf())).andExpect(redirectedUrl("/account"));
		assertThat(inbox.unread(reader.id())).isEqualTo(before);
	}

	@Test
	void linksMustStayInsideThePlatform() {
		CurrentUser reader = accounts.loadUser("demo-registrar").orElseThrow();
		assertThatThrownBy(() -> inbox.deliver(reader.id(), "inbox.title", List.of(), "https://evil.example/"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> inbox.deliver(reader.id(), "inbox.title", List.of(), "//evil.example/"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
