// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the options script parser and the options built from it (built by scripts/fuzz.sh
// with clang, AddressSanitizer and UndefinedBehaviorSanitizer). Any input: no crash, no sanitizer report,
// and the properties of OptionsScriptProperties.h hold.
#include "OptionsScriptProperties.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return -1; // the settings dialog's editor holds a few kilobytes; keep runs fast
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::string broken = tempcards::fuzz::checkOptionsScript(script);
    if (!broken.empty()) {
        std::fprintf(stderr, "property violated: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}
