package drydock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import drydock.workitem.WorkItemFilter;
import drydock.workitem.WorkItemQueries;
import drydock.workitem.WorkItemSort;
import drydock.workitem.WorkItemSummary;

class BatchDownloadTest extends ReportIntegrationTest {

	@Autowired
	private RequestMappingHandlerAdapter handlerAdapter;

	/** Twenty downloads streaming at once all run: none waits for another to end before it sends anything. */
	@Test
	void everyStreamedDownloadRunsAtOnceOnAVirtualThreadOfItsOwn() throws Exception {
		AsyncTaskExecutor downloads = (AsyncTaskExecutor) ReflectionTestUtils.getField(handlerAdapter, "taskExecutor");
		CountDownLatch allStreaming = new CountDownLatch(20);
		List<Future<Boolean>> streams = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			streams.add(downloads.submit(() -> {
				allStreaming.countDown();
				return allStreaming.await(10, TimeUnit.SECONDS) && Thread.currentThread().isVirtual();
			}));
		}
		for (Future<Boolean> stream : streams) {
			assertThat(stream.get(20, TimeUnit.SECONDS)).as("ran alongside the others, on a virtual thread").isTrue();
		}
	}

	@Autowired
	WorkItemQueries queries;

	@Test
	void fiftyChosenItemsComeAsFiftyDocumentsInTheOrderChosenWithTheUnknownListed() throws Exception {
		String prefix = unique("B");
		List<Integer> ids = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			int id = insertItem(prefix + "-" + i, "Frame " + i, "Batch item " + i, "Submitted", LocalDateTime.now());
			addPhoto(id, i % 2 == 0 ? PHOTO_320X240 : PHOTO_576X432, "Photo of " + i);
			ids.add(id);
		}
		Collections.shuffle(ids, new Random(5));
		MockHttpServletRequestBuilder request = post("/admin/download-batch").with(admin()).with(csrf());
		ids.forEach(id -> request.param("item_ids[]", id.toString()));
		request.param("item_ids[]", "987654", ids.getFirst().toString()).param("item_ids", "987655", "abc");

		Map<String, byte[]> entries = ZipReader.entries(download(request));

		List<String> expectedNames = new ArrayList<>();
		for (int id : ids) {
			int i = Integer.parseInt(queries.details(id).orElseThrow().item().getItemNumber().substring(prefix.length() + 1));
			expectedNames.add(prefix + "-" + i + "_Batch_item_" + i + ".docx");
		}
		expectedNames.add(DocumentBatches.SKIPPED_LIST);
		assertThat(entries.keySet()).containsExactlyElementsOf(expectedNames);
		for (String name : expectedNames.subList(0, 50)) {
			DocxReader docx = DocxReader.read(entries.get(name));
			assertThat(docx.texts()).contains("Item NO.: " + name.substring(0, name.indexOf('_')));
			assertThat(docx.document().getAllPictures()).hasSize(1);
		}
		assertThat(new String(entries.get(DocumentBatches.SKIPPED_LIST), StandardCharsets.UTF_8)).contains(
				"id 987654: no such work item", "id 987655: no such work item", "\"abc\": not a work item id");
	}

	@Test
	void allMatchingTheFilterFollowsTheDashboardOverEveryPage() throws Exception {
		String prefix = unique("F");
		for (int i = 0; i < 7; i++) {
			insertItem(prefix + "-" + (char) ('g' - i), "Hold", "Filtered " + prefix, i % 3 == 0 ? "Needs Revision" : "Submitted",
					LocalDateTime.of(2025, 1, 1 + i, 8, 0));
		}
		List<String> dashboard = queries
			.dashboard(new WorkItemFilter("Submitted", prefix, WorkItemSort.ITEM_NUMBER, 1, 100))
			.items()
			.stream()
			.map(WorkItemSummary::itemNumber)
			.toList();

		Map<String, byte[]> entries = ZipReader.entries(download(post("/admin/download-batch").with(admin())
			.with(csrf())
			.param("all_matching", "true")
			.param("status", "Submitted")
			.param("search", prefix.toLowerCase())
			.param("sort", "item_number")
			.param("page", "2")
			.param("per_page", "2")));

		assertThat(dashboard).hasSize(4);
		assertThat(entries.keySet()).map(name -> name.substring(0, name.indexOf('_'))).containsExactlyElementsOf(dashboard);
	}

	@Test
	void namesThatComeOutTheSameAreNumbered() throws Exception {
		String prefix = unique("S");
		int first = insertItem(prefix + "/1", "Bridge", "Same words", "Submitted", LocalDateTime.now());
		int second = insertItem(prefix + ":1", "Bridge", "Same words", "Submitted", LocalDateTime.now());

		Map<String, byte[]> entries = ZipReader.entries(download(post("/admin/download-batch").with(admin())
			.with(csrf())
			.param("item_ids[]", Integer.toString(first), Integer.toString(second))));

		assertThat(entries.keySet()).containsExactly(prefix + "_1_Same_words.docx", prefix + "_1_Same_words_2.docx");
	}

	@Test
	void theDashboardOffersEachRowAndEverythingMatchingForDownload() throws Exception {
		String prefix = unique("P");
		int id = insertItem(prefix, "Hold", "Shown on the dashboard", "Submitted", LocalDateTime.now());
		String html = mvc.perform(get("/admin/dashboard").param("search", prefix).param("sort", "item_number").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(html);
		Element batchForm = page.getElementById("batch-download");
		assertThat(batchForm.attr("method")).isEqualTo("post");
		assertThat(batchForm.attr("action")).isEqualTo("/admin/download-batch");
		assertThat(batchForm.select("input[name=_csrf]")).hasSize(1);
		assertThat(page.select("tbody input[type=checkbox][name=item_ids[]][form=batch-download]"))
			.extracting(box -> box.attr("value"))
			.containsExactly(Integer.toString(id));
		assertThat(page.getElementById("select-all-items")).isNotNull();
		// Static files are linked under content-hashed names (batch-select-<hash>.js).
		assertThat(page.select("script[src^=/js/batch-select][src$=.js]")).hasSize(1);
		assertThat(page.select("script:not([src])")).isEmpty();
		Element allMatching = page.selectFirst("form:has(input[name=all_matching])");
		assertThat(allMatching.select("input[type=hidden]")).extracting(input -> input.attr("name") + "=" + input.attr("value"))
			.contains("search=" + prefix, "sort=item_number", "all_matching=true");
		Element spreadsheet = page.selectFirst("form[action=/admin/download-spreadsheet]");
		assertThat(spreadsheet.attr("method")).isEqualTo("get");
		assertThat(spreadsheet.select("input[type=hidden]")).extracting(input -> input.attr("name") + "=" + input.attr("value"))
			.containsExactly("search=" + prefix, "sort=item_number");
	}

	@Test
	void nothingChosenIsRefusedWithTheReason() throws Exception {
		mvc.perform(post("/admin/download-batch").with(admin()).with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void withoutTheCsrfTokenTheBatchIsForbidden() throws Exception {
		mvc.perform(post("/admin/download-batch").with(admin()).param("item_ids[]", "1"))
			.andExpect(status().isForbidden());
	}

	private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
		started.getAsyncResult();
		mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"));
		return started.getResponse().getContentAsByteArray();
	}

}
