package org.opentechmarket.trading;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Calls of the trading API the way clients make them (HTTP Basic, JSON), for the integration tests. */
public final class TradingApi {

	public static final String PASSWORD = "demo";

	private final MockMvc mvc;

	public TradingApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	public ResultActions post(String user, String path, String json, Object... vars) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, vars)
			.with(httpBasic(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	public ResultActions get(String user, String path, Object... vars) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars);
		return mvc.perform(user == null ? request : request.with(httpBasic(user, PASSWORD)));
	}

	public static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	public static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(body(result), path);
	}

	public static long id(ResultActions result) throws Exception {
		return ((Number) read(result, "$.id")).longValue();
	}

	/** An offer body: a licence with the given plan JSON. */
	public static String offer(String price, String planJson, LocalDate validUntil) {
		return """
				{"price": "%s", "method": "LICENSE", "licenceMode": "ORDINARY", "term": "5年", "territory": "中国大陆",
				 "plan": %s, "termsText": "技术资料交付后30日内付款", "validUntil": "%s", "note": "请考虑"}
				""".formatted(price, planJson, validUntil);
	}

	public static String lumpSum(LocalDate due) {
		return "{\"kind\": \"LUMP_SUM\", \"dueDate\": \"" + due + "\"}";
	}

	public static String instalments(LocalDate first, String... amounts) {
		StringBuilder sb = new StringBuilder("{\"kind\": \"INSTALMENTS\", \"instalments\": [");
		for (int i = 0; i < amounts.length; i++) {
			sb.append(i == 0 ? "" : ",").append("{\"amount\": \"").append(amounts[i]).append("\", \"dueDate\": \"")
				.append(first.plusMonths(i)).append("\"}");
		}
		return sb.append("]}").toString();
	}

}
