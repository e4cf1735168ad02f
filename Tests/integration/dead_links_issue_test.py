"""Scripts/dead_links_issue.py: the weekly workflow's issue body from a real `iqlint links
--format json` report (against Tests/IQLinksTests/Server/link_server.py on 127.0.0.1), and the
one-issue policy against a stand-in for GitHub's issues API.

usage: python3 dead_links_issue_test.py IQLINT_BINARY
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "Scripts"))
import dead_links_issue  # noqa: E402

IQLINT = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "iqlint")


class RenderTest(unittest.TestCase):
    def setUp(self):
        self.server = subprocess.Popen([sys.executable, os.path.join(ROOT, "Tests/IQLinksTests/Server/link_server.py")],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.port = int(self.server.stdout.readline())
        self.folder = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.server.stdin.close()
        self.server.wait()
        self.server.stdout.close()
        self.folder.cleanup()

    def report(self, markdown: str) -> dict:
        with open(os.path.join(self.folder.name, "README.md"), "w", encoding="utf-8") as handle:
            handle.write(markdown)
        result = subprocess.run([IQLINT, "links", "README.md", "--format", "json", "--no-cache", "--allow-private",
                                 "--resolve", f"old.test:{self.port}:127.0.0.1", "--resolve", f"new.test:{self.port}:127.0.0.1"],
                                cwd=self.folder.name, capture_output=True, text=True)
        self.assertIn(result.returncode, (0, 1), result.stderr)
        return json.loads(result.stdout)

    def test_dead_moved_and_unverified_links(self):
        o = f"http://127.0.0.1:{self.port}"
        report = self.report(f"# 题库\n\n1. 注意力机制 [详解]({o}/gone/attention) 与 [代码]({o}/ok)\n"
                             f"2. [迁移的文章](http://old.test:{self.port}/same/post)\n"
                             f"3. [限流]({o}/always429/x) | [禁止]({o}/403)\n")
        body = dead_links_issue.render(report, self.folder.name)
        self.assertTrue(body.startswith(dead_links_issue.MARKER))
        self.assertIn("**1 dead link**", body)
        self.assertIn(f"| `README.md:3:15` | {o}/gone/attention | dead link: HTTP 404 not found |", body)
        self.assertIn(f"| `README.md:4:12` | http://old.test:{self.port}/same/post | link permanently redirects to "
                      f"http://new.test:{self.port}/same/post |", body)
        self.assertIn("2 links could not be verified", body)
        self.assertNotIn("/ok", body.replace("/ok/", ""))

    def test_clean_report_says_so(self):
        body = dead_links_issue.render(self.report(f"- [a](http://127.0.0.1:{self.port}/ok)\n"), self.folder.name)
        self.assertIn("no dead links", body)
        self.assertNotIn("### Dead", body)


class FakeIssues(BaseHTTPRequestHandler):
    issues: list[dict] = []
    calls: list[str] = []

    def log_message(self, *args):
        pass

    def answer(self, value):
        data = json.dumps(value).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        return json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")

    def do_GET(self):
        self.calls.append("GET")
        self.answer([i for i in self.issues if "dead-links" in i["labels"]])

    def do_POST(self):
        self.calls.append("POST")
        issue = dict(self.body(), number=len(self.issues) + 1, state="open")
        self.issues.append(issue)
        self.answer(issue)

    def do_PATCH(self):
        self.calls.append("PATCH")
        number = int(self.path.rsplit("/", 1)[1])
        issue = next(i for i in self.issues if i["number"] == number)
        issue.update(self.body())
        self.answer(issue)


class PublishTest(unittest.TestCase):
    def test_one_issue_is_edited_never_reopened_as_a_new_one(self):
        server = ThreadingHTTPServer(("127.0.0.1", 0), FakeIssues)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        os.environ.update(GITHUB_API_URL=f"http://127.0.0.1:{server.server_address[1]}", GITHUB_TOKEN="t",
                          GITHUB_REPOSITORY="owner/bank")
        # Someone else's issue with the label but without the marker is left alone.
        FakeIssues.issues.append({"number": 1, "body": "unrelated", "labels": ["dead-links"], "state": "open"})
        dead = dead_links_issue.MARKER + "\n\n### Dead\n\n| a | b | c |\n"
        clean = dead_links_issue.MARKER + "\n\nThe last scheduled link check found **no dead links**.\n"
        self.assertEqual(dead_links_issue.publish(dead), "opened issue #2")
        self.assertEqual(dead_links_issue.publish(dead), "edited issue #2 (open)")
        self.assertEqual(dead_links_issue.publish(clean), "edited issue #2 (closed)")
        self.assertEqual(dead_links_issue.publish(dead), "edited issue #2 (open)")
        self.assertEqual(FakeIssues.calls.count("POST"), 1)
        self.assertEqual(FakeIssues.issues[1]["state"], "open")
        self.assertEqual(FakeIssues.issues[0]["body"], "unrelated")
        server.shutdown()


if __name__ == "__main__":
    unittest.main(verbosity=1)
