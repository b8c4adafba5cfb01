def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : log
assert log.contains("Surefire ran tests in this build, but none with the sysimg agent, so there is no image: Surefire's forkCount=0") : log
assert !new File(basedir, 'target/sysimg/' + it.imageName()).exists()
return true
