"""The one place where storyshare's taxonomy lives: themes, outcomes and roles.

Keys are stored in the database and used in URLs, so they never change; labels may.
"""

from django.db import models


class Theme(models.TextChoices):
    MISLEADING_METRICS = "misleading_metrics", "Misleading metrics and reporting"
    BIAS_FAIRNESS = "bias_fairness", "Bias and fairness"
    PRIVACY_SURVEILLANCE = "privacy_surveillance", "Privacy and surveillance"
    HARMFUL_USE = "harmful_use", "Harmful or military use"
    CONSENT_DATA_USE = "consent_data_use", "Consent and data use"
    PRESSURE_POWER = "pressure_power", "Pressure and power"
    OTHER = "other", "Other"


class Outcome(models.TextChoices):
    PUSHED_BACK_CHANGED = "pushed_back_changed", "Pushed back and things changed"
    PUSHED_BACK_UNCHANGED = "pushed_back_unchanged", "Pushed back and nothing changed"
    ADAPTED_COMPLIED = "adapted_complied", "Adapted or complied"
    STAYED_SILENT = "stayed_silent", "Stayed silent"
    ESCALATED_REPORTED = "escalated_reported", "Escalated or reported"
    LEFT_JOB = "left_job", "Left the job"
    STILL_DECIDING = "still_deciding", "Still deciding"


class Role(models.TextChoices):
    DATA_SCIENTIST = "data_scientist", "Data scientist"
    ML_ENGINEER = "ml_engineer", "ML engineer"
    DATA_ENGINEER = "data_engineer", "Data/analytics engineer"
    ANALYST = "analyst", "Analyst"
    RESEARCHER = "researcher", "Researcher"
    MANAGER = "manager", "Manager or lead"
    OTHER = "other", "Other"
