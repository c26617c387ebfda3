from evidenceroom.core.audit import Actor
from evidenceroom.core.ingest import ImportRequest, import_paths
from evidenceroom.core.verify import verify


def test_a_card_imports_with_junk_skipped_and_verifies(archive, card):
    report = import_paths(archive, Actor("测试"), ImportRequest(paths=[card]))
    assert len(report.imported) == 4
    assert {r.path.rsplit("/", 1)[-1] for r in report.skipped} == {"Thumbs.db", ".DS_Store"}
    assert report.rejected == []
    assert verify(archive, Actor("测试")).ok
