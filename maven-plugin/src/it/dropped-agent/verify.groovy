def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : log
assert log.contains("Surefire's <argLine>-Xmx256m</argLine> replaces the argLine property that prepare-agent set, so the tests ran " +
        "without the sysimg agent and there is no image; start it with @{argLine} (<argLine>@{argLine} -Xmx256m</argLine>)") : log
assert !new File(basedir, 'target/sysimg/' + it.imageName()).exists()
return true
