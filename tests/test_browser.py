"""Pages and the endpoint in a real browser: Debian's Chromium, driven by Playwright.

`make test` installs Debian's `chromium` where it is missing; Playwright cannot download a
browser of its own here, so it is given that one.
"""

import json
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Headless as root, and quiet: without the networking flags Chromium keeps trying to reach
# Google's hosts, which a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CBP = "https://techworkers.example/id/us-customs-and-border-protection"
COUNT_COMPANIES = (
    "PREFIX tw: <https://techworkers.example/ontology#> "
    "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a tw:Company }"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not shutil.which(CHROMIUM):
        pytest.fail(f"No Chromium at {CHROMIUM}: `make test` installs Debian's chromium package.")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    yield context.new_page()
    context.close()


def test_a_resource_page_shows_its_statements_and_links_on(page: Page, base_url: str) -> None:
    page.goto(base_url + "/id/salesforce")
    assert page.title() == "Salesforce"
    about_it = page.locator("h2", has_text="Statements about it").locator("xpath=following-sibling::table[1]")
    assert about_it.locator("tr").count() > 10
    page.locator(f'a[title="{CBP}"]').first.click()
    page.wait_for_url(base_url + "/id/us-customs-and-border-protection")
    assert "Customs and Border Protection" in page.title()


def test_the_endpoints_form_runs_a_query(page: Page, base_url: str) -> None:
    page.goto(base_url + "/sparql")
    page.fill("textarea[name=query]", COUNT_COMPANIES)
    page.select_option("select[name=format]", "json")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    answer = json.loads(page.locator("body").inner_text())
    assert int(answer["results"]["bindings"][0]["n"]["value"]) > 5


def test_a_page_of_another_site_can_query_the_endpoint(page: Page, base_url: str) -> None:
    """CORS in a real browser: a simple GET, and a POST of a query body, which is preflighted.

    The page comes from another origin, `localhost` instead of `127.0.0.1` (both loopback, so
    Chromium's rules for public pages reaching local addresses do not come into it).
    """
    other_origin = base_url.replace("127.0.0.1", "localhost")
    assert other_origin != base_url
    page.goto(other_origin + "/")
    counts = page.evaluate(
        """async ([endpoint, query]) => {
            const accept = {Accept: "application/sparql-results+json"};
            const viaGet = await fetch(endpoint + "?query=" + encodeURIComponent(query), {headers: accept});
            const viaPost = await fetch(endpoint, {
                method: "POST",
                headers: {...accept, "Content-Type": "application/sparql-query"},
                body: query,
            });
            const read = async (r) => (await r.json()).results.bindings[0].n.value;
            return [await read(viaGet), await read(viaPost)];
        }""",
        [base_url + "/sparql", COUNT_COMPANIES],
    )
    assert counts[0] == counts[1] and int(counts[0]) > 5
