"""The chat widget in a real browser (Debian's chromium, headless) against a live Daphne server."""

import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.factories import make_article, make_tenant
from tests.live import LiveServerTestCase

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian chromium/chromedriver not installed")


def headless_chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


class BrowserTestCase(LiveServerTestCase):
    """A live server and one headless chromium for the class."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.browser = headless_chromium()

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()
        super().tearDownClass()


class WidgetBrowserTest(BrowserTestCase):
    def setUp(self):
        self.acme = make_tenant("acme", "Acme Versand GmbH", origins=[self.live_server_url])
        make_article(self.acme.tenant, "Zahlungsarten", "Wir akzeptieren PayPal, Kreditkarte und Kauf auf Rechnung.")

    def _open_demo(self, lang="de"):
        self.browser.get(f"{self.live_server_url}/demo/{self.acme.widget.key}/?lang={lang}")
        wait = WebDriverWait(self.browser, 15)
        wait.until(
            EC.text_to_be_present_in_element(
                (By.CSS_SELECTOR, ".klardesk-chat .kd-disclosure"), "KI" if lang == "de" else "AI"
            )
        )
        return wait

    def test_customer_asks_in_the_widget_and_reads_the_streamed_answer(self):
        wait = self._open_demo()
        box = self.browser.find_element(By.CSS_SELECTOR, ".klardesk-chat textarea")
        box.send_keys("Welche Zahlungsarten gibt es?", Keys.ENTER)
        wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".klardesk-chat li.ai"), "PayPal"))
        answer = self.browser.find_element(By.CSS_SELECTOR, ".klardesk-chat li.ai")
        assert answer.text.endswith("Quelle: Zahlungsarten")  # the source is named once, in the answer
        privacy = self.browser.find_element(By.CSS_SELECTOR, ".klardesk-chat .kd-privacy")
        assert privacy.text == "Datenschutz: Ihre Rechte"
        href = privacy.get_attribute("href")
        assert "/p/acme/privacy-request/?lang=de&conversation=" in href
        self.browser.get(self.live_server_url + href[href.index("/p/") :])  # PUBLIC_BASE_URL is not this server
        token = self.browser.find_element(By.NAME, "conversation_token").get_attribute("value")
        assert len(token) > 20  # the chat's token is filled in: it proves the conversation is the person's
        self.browser.back()
        customer = self.browser.find_element(By.CSS_SELECTOR, ".klardesk-chat li.customer")
        assert customer.text == "Welche Zahlungsarten gibt es?"

    def test_reload_keeps_the_conversation(self):
        wait = self._open_demo()
        self.browser.find_element(By.CSS_SELECTOR, ".klardesk-chat textarea").send_keys(
            "Welche Zahlungsarten gibt es?", Keys.ENTER
        )
        wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".klardesk-chat li.ai"), "PayPal"))
        wait = self._open_demo()
        wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, ".klardesk-chat li.customer"), "Zahlungsarten"))


class ConsoleBrowserTest(BrowserTestCase):
    """Console forms as a browser submits them (form markup inside tables is easy to get wrong)."""

    def test_dpo_sets_a_minimisation_mode_in_the_browser(self):
        from django.contrib.auth.hashers import PBKDF2PasswordHasher

        from compliance.models import RedactionRule
        from tenants.services import member_add
        from tests.factories import PASSWORD

        acme = make_tenant("acme", "Acme Versand GmbH", origins=[self.live_server_url])
        dpo = member_add(tenant=acme.tenant, actor="test", email="dpo@acme.example", role="dpo").user
        # The server process was forked before the tests' fast hasher was set: hash as it expects.
        dpo.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
        dpo.save(update_fields=["password"])
        self.browser.get(f"{self.live_server_url}/console/login/")
        self.browser.find_element(By.NAME, "username").send_keys("dpo@acme.example")
        self.browser.find_element(By.NAME, "password").send_keys(PASSWORD, Keys.ENTER)
        WebDriverWait(self.browser, 10).until(lambda browser: "/login/" not in browser.current_url)
        self.browser.get(f"{self.live_server_url}/console/compliance/minimisation/")
        Select(self.browser.find_element(By.CSS_SELECTOR, "select[form=rule-IBAN]")).select_by_value("mask")
        self.browser.find_element(By.CSS_SELECTOR, "#rule-IBAN button").click()
        WebDriverWait(self.browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".flash")))
        rule = RedactionRule.objects.unscoped().get(tenant=acme.tenant)
        assert (rule.entity_type, rule.mode) == ("IBAN", "mask")
