// Text helpers shared by the views: durations, percentages, terminal display width, JSON and HTML escaping.
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "runtime/views_detail.hpp"

namespace gilt::views::detail {

namespace {

// One step through UTF-8: the code point at text[i] and its length in bytes, or
// (-1, 1) for a byte that does not start a valid sequence.
struct Decoded {
    int32_t cp;
    size_t len;
};

Decoded decode(std::string_view text, size_t i) {
    auto byte = [&](size_t k) { return k < text.size() ? uint8_t(text[k]) : uint8_t(0); };
    uint8_t b = byte(i);
    size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0) return {-1, 1};
    if (len == 1) return {b, 1};
    int32_t cp = b & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
        uint8_t c = byte(i + k);
        if ((c & 0xC0) != 0x80) return {-1, 1};
        cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr int32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {-1, 1};
    return {cp, len};
}

// Columns a code point takes in a terminal (a simplified wcwidth).
int columns_of(int32_t cp) {
    if (cp < 0) return 1; // shown as U+FFFD
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFE0F) return 0;
    bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
                (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
}

// The length of an ANSI escape sequence ("\x1b[...m") starting at text[i], or 0.
size_t escape_length(std::string_view text, size_t i) {
    if (text[i] != '\x1b' || i + 1 >= text.size() || text[i + 1] != '[') return 0;
    size_t k = i + 2;
    while (k < text.size() && ((text[k] >= '0' && text[k] <= '9') || text[k] == ';')) ++k;
    return k < text.size() ? k - i + 1 : 0;
}

} // namespace

double percent(int64_t part, int64_t whole) { return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0; }

std::string duration(int64_t ns) {
    if (ns == 0) return "0 ms";
    double a = std::fabs(double(ns));
    double ms = double(ns) / 1e6;
    if (a < 1e6) return fmt::format("{:.3f} ms", ms);
    if (a < 1e8) return fmt::format("{:.2f} ms", ms);
    if (a < 1e9 - 5e4) return fmt::format("{:.1f} ms", ms); // 999.96 ms would print as 1000.0 ms
    if (a < 1e11) return fmt::format("{:.3f} s", ms / 1e3);
    return fmt::format("{:.1f} s", ms / 1e3);
}

std::string interval(int64_t us) {
    if (us % 1000 == 0) return fmt::format("{} ms", us / 1000);
    return fmt::format("{:g} ms", double(us) / 1000.0);
}

int display_width(std::string_view text) {
    int w = 0;
    for (size_t i = 0; i < text.size();) {
        if (size_t esc = escape_length(text, i)) {
            i += esc;
            continue;
        }
        Decoded d = decode(text, i);
        w += columns_of(d.cp);
        i += d.len;
    }
    return w;
}

std::string fit(std::string_view text, int columns) {
    if (columns <= 0) return "";
    if (display_width(text) <= columns) {
        // Still make it one printable line: control characters would break the layout.
        std::string out;
        for (size_t i = 0; i < text.size();) {
            if (size_t esc = escape_length(text, i)) {
                out.append(text.substr(i, esc));
                i += esc;
                continue;
            }
            Decoded d = decode(text, i);
            if (d.cp < 0) out += "\xEF\xBF\xBD";
            else if (d.cp < 0x20 || d.cp == 0x7F) out += '?';
            else out.append(text.substr(i, d.len));
            i += d.len;
        }
        return out;
    }
    // Keep what fits in columns - 1, then the ellipsis.
    std::string out;
    bool coloured = false;
    int w = 0;
    for (size_t i = 0; i < text.size();) {
        if (size_t esc = escape_length(text, i)) {
            out.append(text.substr(i, esc));
            coloured = true;
            i += esc;
            continue;
        }
        Decoded d = decode(text, i);
        int cw = columns_of(d.cp);
        if (w + cw > columns - 1) break;
        if (d.cp < 0) out += "\xEF\xBF\xBD";
        else if (d.cp < 0x20 || d.cp == 0x7F) out += '?';
        else out.append(text.substr(i, d.len));
        w += cw;
        i += d.len;
    }
    if (coloured) out += "\x1b[0m";
    out += "…";
    return out;
}

std::string pad_right(std::string_view text, int columns) {
    std::string out(text);
    int w = display_width(text);
    if (w < columns) out.append(size_t(columns - w), ' ');
    return out;
}

std::string pad_left(std::string_view text, int columns) {
    int w = display_width(text);
    std::string out;
    if (w < columns) out.append(size_t(columns - w), ' ');
    out.append(text);
    return out;
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (size_t i = 0; i < text.size();) {
        Decoded d = decode(text, i);
        if (d.cp < 0) {
            out += "\\ufffd";
        } else if (d.cp == '"') {
            out += "\\\"";
        } else if (d.cp == '\\') {
            out += "\\\\";
        } else if (d.cp == '\n') {
            out += "\\n";
        } else if (d.cp == '\t') {
            out += "\\t";
        } else if (d.cp == '\r') {
            out += "\\r";
        } else if (d.cp < 0x20) {
            out += fmt::format("\\u{:04x}", d.cp);
        } else {
            out.append(text.substr(i, d.len));
        }
        i += d.len;
    }
    out += '"';
    return out;
}

std::string html_escape(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
        Decoded d = decode(text, i);
        switch (d.cp) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case -1: out += "\xEF\xBF\xBD"; break;
        default:
            if (d.cp < 0x20 && d.cp != '\n' && d.cp != '\t') out += "\xEF\xBF\xBD";
            else out.append(text.substr(i, d.len));
        }
        i += d.len;
    }
    return out;
}

std::string span_name(RunState state, WaitReason reason) {
    if (state == RunState::Waiting && reason != WaitReason::None)
        return std::string("waiting: ") + wait_reason_name(reason);
    return run_state_name(state);
}

} // namespace gilt::views::detail
