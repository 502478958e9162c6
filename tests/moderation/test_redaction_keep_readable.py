"""The vocabulary of data work, job titles and ordinary words stay readable."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


@pytest.mark.parametrize(
    "text",
    [
        "We trained XGBoost in Python and explained it with SHAP.",
        "The data lives in BigQuery and Snowflake, dashboards in Looker and Tableau.",
        "Airflow runs on Kubernetes and we track work in Jira and Slack.",
        "Under GDPR the AUC of the A/B test does not matter.",
        "I raised it with the CPO, our VP of Product and the Head of Data.",
        "Our KPI and OKR reviews mention ML and AI every Monday.",
        "I think the model was unfair. Honestly, I was worried.",
        "Spark and pandas were too slow, so I used SQL.",
        "My English is not perfect, sorry for mistakes.",
        "It was an AI-powered, CBT-style, on-time product.",
    ],
)
def test_it_leaves_data_work_vocabulary_readable(text: str) -> None:
    assert find_identifiers(text) == []
