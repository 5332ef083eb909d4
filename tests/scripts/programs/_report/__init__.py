# The report package used by programs/sales_report.py: records, statistics, tables, and the report builder.
from .builder import build_report
from .errors import RecordError, ReportError

VERSION = "1.2"
__all__ = ["build_report", "RecordError", "ReportError", "VERSION"]
