// gilt::gil, the public functions that show the process's GIL: recording, statistics, and the four views.
#include "gilt/gilt.hpp"

#include "runtime/gil.hpp"
#include "runtime/views.hpp"

// None of these needs the GIL: the recorder and the accounting have their own mutex, and
// the views are pure functions of what they return. So a host may call them from any
// thread, also while script threads run.

namespace gilt::gil {

void start_recording() { Gil::process().start_recording(); }
void stop_recording() { Gil::process().stop_recording(); }
bool recording() { return Gil::process().recording(); }
void reset_stats() { Gil::process().reset_stats(); }

std::string stats_table() { return views::stats_table(Gil::process().snapshot()); }
std::string reading() { return views::reading(Gil::process().snapshot()); }
std::string timeline(int width, bool color) { return views::timeline(Gil::process().trace(), width, color); }
std::string chrome_trace() { return views::chrome_trace(Gil::process().trace()); }

std::string html_report(std::string_view title) {
    Gil& gil = Gil::process();
    TraceData trace = gil.trace();
    return views::html_report(trace, gil.snapshot(), std::string(title));
}

} // namespace gilt::gil
