#pragma once

#include <optional>
#include <string>

namespace concord::testing {

/// The chromium binary to drive (CONCORD_CHROMIUM, else chromium / chromium-browser on PATH), or nullopt.
std::optional<std::string> findChromium();

struct PageCapture {
  std::string dom;  ///< the DOM after the page's scripts ran (--dump-dom)
  bool ok = false;  ///< chromium exited 0 within the time limit
  std::string log;  ///< chromium's stderr, for failure messages
};

/// Loads `url` headless in a fresh profile, with no network, and dumps the DOM; when `screenshot` is not
/// empty also saves a 1400×900 PNG there. Killed after `timeout_seconds`.
PageCapture capturePage(const std::string& chromium, const std::string& url, const std::string& screenshot,
                        int timeout_seconds = 60);

/// Prints `url` to a PDF at `pdf` (the print style sheet, A4/Letter default); true when chromium succeeded.
bool printToPdf(const std::string& chromium, const std::string& url, const std::string& pdf,
                int timeout_seconds = 60);

}  // namespace concord::testing
