"""init_project's deployment files: a hadolint-clean Dockerfile, compose with PostgreSQL, and
Kubernetes manifests that validate, probe /health, take their secrets from a Secret and leave
the migrations to one Job."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml
from backend_builder import operations
from backend_builder.cli import main as cli_main

DEPLOY = ["Dockerfile", ".dockerignore", "compose.yaml", "k8s/deployment.yaml", "k8s/migrate-job.yaml",
          "k8s/secret.example.yaml"]
K8S_VERSION = "1.31.0"


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deploy")
    operations.init_project(str(root), title="Task API")
    return root / "backend"


def documents(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def test_written_by_default_and_not_with_deploy_false(backend: Path, tmp_path: Path) -> None:
    assert all((backend / name).is_file() for name in DEPLOY)
    operations.init_project(str(tmp_path), deploy=False)
    assert not any((tmp_path / "backend" / name).exists() for name in DEPLOY)
    assert "## Deploying" not in (tmp_path / "backend/README.md").read_text()


def test_the_cli_takes_no_deploy(tmp_path: Path) -> None:
    assert cli_main(["--root", str(tmp_path), "init", "--no-deploy"]) in (0, None)
    assert not (tmp_path / "backend/Dockerfile").exists()


def test_the_dockerfile_is_hadolint_clean_multi_stage_and_non_root(backend: Path) -> None:
    hadolint = shutil.which("hadolint") or str(Path(__import__("sys").executable).parent / "hadolint")
    proc = subprocess.run([hadolint, "Dockerfile"], cwd=backend, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = (backend / "Dockerfile").read_text()
    assert text.count("\nFROM ") + text.startswith("FROM ") == 2 and " AS build" in text
    assert "\nUSER 10001" in text and "COPY alembic ./alembic" in text
    assert ".env" in (backend / ".dockerignore").read_text().split()


def test_every_manifest_validates_against_the_kubernetes_schema(backend: Path) -> None:
    for path in sorted((backend / "k8s").glob("*.yaml")):
        for doc in documents(path):
            kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def test_the_deployment_probes_health_has_limits_secrets_and_does_not_migrate(backend: Path) -> None:
    deployment, service = documents(backend / "k8s/deployment.yaml")
    assert (deployment["kind"], service["kind"]) == ("Deployment", "Service")
    assert deployment["metadata"]["name"] == "task-api"
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == "/health"
    assert set(container["resources"]) == {"requests", "limits"}
    env = {e["name"]: e["value"] for e in container["env"]}
    assert env["AUTO_MIGRATE"] == "false"
    secret_name = container["envFrom"][0]["secretRef"]["name"]
    (secret,) = documents(backend / "k8s/secret.example.yaml")
    assert secret["metadata"]["name"] == secret_name
    assert set(secret["stringData"]) == {"DATABASE_URL", "JWT_SECRET"}
    assert container["securityContext"]["allowPrivilegeEscalation"] is False


def test_the_migration_job_runs_prepare_database_with_the_same_secret(backend: Path) -> None:
    (job,) = documents(backend / "k8s/migrate-job.yaml")
    assert job["kind"] == "Job"
    (container,) = job["spec"]["template"]["spec"]["containers"]
    assert "prepare_database()" in container["command"][-1]
    assert {e["name"]: e["value"] for e in container["env"]}["AUTO_MIGRATE"] == "true"
    assert container["envFrom"][0]["secretRef"]["name"] == "task-api-secrets"
    assert job["spec"]["template"]["spec"]["restartPolicy"] == "Never"


def test_compose_runs_the_api_on_postgres(backend: Path) -> None:
    (compose,) = documents(backend / "compose.yaml")
    api, db = compose["services"]["api"], compose["services"]["db"]
    assert db["image"].startswith("postgres:") and "healthcheck" in db
    assert api["environment"]["DATABASE_URL"].startswith("postgresql://app:app@db:5432/")
    assert api["depends_on"]["db"]["condition"] == "service_healthy"


def test_the_readme_says_how_to_deploy_to_a_cluster_and_to_neon(backend: Path) -> None:
    readme = (backend / "README.md").read_text()
    assert "## Deploying" in readme and "kubectl apply -f k8s/migrate-job.yaml" in readme
    assert "Neon" in readme and "docker compose up" in readme
