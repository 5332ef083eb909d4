// Text encodings for str.encode, bytes.decode, str(b, enc) and open(): UTF-8, ASCII, Latin-1, UTF-16/32.
#pragma once

#include <string>
#include <string_view>

namespace gilt {

struct ThreadState;

// The codecs a program meets in practice, under CPython's names and aliases
// ("utf8", "UTF-8", "latin_1", "iso-8859-1", "us-ascii", ...), with CPython's error
// handlers: strict (UnicodeEncodeError / UnicodeDecodeError with CPython's exact
// messages, including the span of a run of unencodable characters or of a truncated
// UTF-8 sequence), ignore, replace, backslashreplace, xmlcharrefreplace (encoding),
// surrogateescape and surrogatepass. Text is gilt's internal UTF-8 throughout.
enum class Codec { Utf8, Utf8Sig, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE };

// Finds a codec by any of its names; raises LookupError("unknown encoding: NAME").
Codec codec_lookup(ThreadState& ts, std::string_view name);
// The name CPython's codec registry reports (codecs.lookup(x).name), e.g. "utf-8", "iso8859-1".
const char* codec_name(Codec c);

std::string codec_encode(ThreadState& ts, std::string_view utf8, Codec c, std::string_view errors);
std::string codec_decode(ThreadState& ts, std::string_view data, Codec c, std::string_view errors);

} // namespace gilt
