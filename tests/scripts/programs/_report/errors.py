# The report package's exceptions.


class ReportError(Exception):
    """Anything that stops a report section from being produced."""


class RecordError(ReportError):
    """A record that cannot be parsed; knows which input line it came from."""

    def __init__(self, line_no, text, reason):
        super().__init__(f"line {line_no}: {reason}")
        self.line_no = line_no
        self.text = text
        self.reason = reason
