from evidenceroom.cli import main

raise SystemExit(main())
