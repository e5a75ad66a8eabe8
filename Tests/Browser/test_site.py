"""The quote browser (`claimgraph site`) in a real headless browser.

Debian's Chromium, driven by Playwright, over the site `make site` writes:

    make site && python3 -m unittest Tests/Browser/test_site.py

CLAIMGRAPH_SITE names the site folder (default output/site), CLAIMGRAPH_GRAPH
the graph it was made from (default output/graph.json) and CHROMIUM the
browser (default /usr/bin/chromium). Screenshots go to CLAIMGRAPH_SCREENSHOTS (default: the
site's parent folder): site-speaker.png (a speaker's page) and site-search.png (the index with
results); docs/site-screenshot.png in the README is a copy of site-speaker.png.
"""

import json
import os
import unittest
from collections import Counter
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("CLAIMGRAPH_SITE", ROOT / "output" / "site")).resolve()
GRAPH = Path(os.environ.get("CLAIMGRAPH_GRAPH", ROOT / "output" / "graph.json")).resolve()
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("CLAIMGRAPH_SCREENSHOTS", SITE.parent)).resolve()
SPEAKER_SCREENSHOT = SCREENSHOTS / "site-speaker.png"
SEARCH_SCREENSHOT = SCREENSHOTS / "site-search.png"

SPEAKER_ID = "person:kassym-jomart-tokayev"
SPEAKER_NAME = "Kassym-Jomart Tokayev"


class SiteInBrowserTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not (SITE / "index.html").is_file():
            raise AssertionError(f"no site in {SITE}: run `make site` (or claimgraph site) first")
        graph = json.loads(GRAPH.read_text(encoding="utf-8"))
        cls.names = {entity["id"]: entity["name"] for entity in graph["entities"]}
        cls.quotes = graph["quotes"]
        cls.playwright = sync_playwright().start()
        cls.browser = cls.playwright.chromium.launch(executable_path=CHROMIUM, headless=True)

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls.playwright.stop()

    def setUp(self):
        self.context = self.browser.new_context(viewport={"width": 1100, "height": 900})
        self.page = self.context.new_page()
        self.script_errors = []
        self.page.on("pageerror", lambda error: self.script_errors.append(str(error)))

    def tearDown(self):
        self.context.close()

    # Helpers

    def search(self, query):
        """Opens the index from file:// and types `query` into the search box, key by key."""
        self.page.goto((SITE / "index.html").as_uri())
        self.page.locator("#search").press_sequentially(query, delay=20)
        return self.page.locator("#results a")

    def open_speaker_page(self):
        """Searches for Tokayev and follows the result for Kassym-Jomart Tokayev."""
        self.search("Tokayev").filter(has_text=SPEAKER_NAME).first.click()
        self.page.wait_for_url("**/speakers/*.html")
        return self.page

    def quotes_by_speaker(self):
        return [quote for quote in self.quotes if quote["speaker"] == SPEAKER_ID]

    # Behaviours

    def test_search_by_surname_finds_the_speaker_with_no_script_errors(self):
        results = self.search("Tokayev")
        expect(results.filter(has_text=SPEAKER_NAME)).to_have_count(1)
        SEARCH_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SEARCH_SCREENSHOT))
        self.assertEqual(self.script_errors, [])

    def test_search_ignores_case_diacritics_and_a_title(self):
        for query in ["TOKÁYEV", "president tokayev", "kassym jomart"]:
            with self.subTest(query=query):
                expect(self.search(query).filter(has_text=SPEAKER_NAME)).to_have_count(1)

    def test_search_result_opens_the_speakers_page(self):
        page = self.open_speaker_page()
        expect(page.locator("h1")).to_have_text(SPEAKER_NAME)
        expect(page.locator("header.site a.home")).to_have_attribute("href", "../index.html")

    def test_speaker_page_shows_exactly_the_quotes_the_graph_attributes(self):
        page = self.open_speaker_page()
        expected = self.quotes_by_speaker()
        self.assertTrue(expected, f"the graph attributes no quote to {SPEAKER_ID}")
        expect(page.locator("article.quote")).to_have_count(len(expected))
        shown = page.locator("article.quote .quote-text").all_text_contents()
        self.assertEqual(Counter(shown), Counter(quote["text"] for quote in expected))

    def test_speaker_page_names_each_quotes_measures(self):
        page = self.open_speaker_page()
        shown = Counter(page.locator("article.quote .measures a").all_text_contents())
        expected = Counter(self.names[m] for quote in self.quotes_by_speaker() for m in quote["measures"])
        self.assertEqual(shown, expected)

    def test_speaker_page_has_a_chart_of_quotes_over_time(self):
        page = self.open_speaker_page()
        chart = page.locator("svg.chart")
        expect(chart).to_be_visible()
        counts = [int(text) for text in chart.locator("text.count").all_text_contents()]
        self.assertEqual(sum(counts), len(self.quotes_by_speaker()))

    def test_passage_link_lands_on_the_quote_in_the_document(self):
        page = self.open_speaker_page()
        first = page.locator("article.quote").first
        quote_text = first.locator(".quote-text").text_content()
        href = first.locator("a.passage").get_attribute("href")
        first.locator("a.passage").click()
        page.wait_for_url("**/documents/*.html#quote-*")
        anchor = page.locator("#" + href.split("#", 1)[1])
        expect(anchor).to_have_count(1)
        expect(anchor).to_be_in_viewport()
        following = anchor.evaluate(
            """anchor => {
                 const range = document.createRange();
                 range.setStartAfter(anchor);
                 range.setEndAfter(anchor.parentElement.lastChild);
                 return range.toString().slice(0, 400);
               }"""
        )
        self.assertIn(quote_text[:60], following)

    def test_measure_page_lists_who_spoke_about_it(self):
        page = self.open_speaker_page()
        link = page.locator("article.quote .measures a").first
        measure_name = link.text_content()
        measure_id = next(id for id, name in self.names.items() if name == measure_name and id.startswith("law:"))
        link.click()
        page.wait_for_url("**/measures/*.html")
        expect(page.locator("h1")).to_have_text(measure_name)
        shown = set(page.locator(".speaker-group h3 a").all_text_contents())
        expected = {self.names[q["speaker"]] for q in self.quotes if measure_id in q["measures"] and q["speaker"]}
        self.assertIn(SPEAKER_NAME, shown)
        self.assertEqual(shown, expected)

    def test_screenshot_of_the_speakers_page(self):
        page = self.open_speaker_page()
        SPEAKER_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SPEAKER_SCREENSHOT), full_page=True)
        self.assertEqual(SPEAKER_SCREENSHOT.read_bytes()[:8], b"\x89PNG\r\n\x1a\n")


if __name__ == "__main__":
    unittest.main()
