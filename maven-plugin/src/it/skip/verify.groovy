def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
assert log.contains('Skipping sysimg: sysimg.skip is true; argLine left as "".')
assert log.contains('Skipping sysimg: sysimg.skip is true.')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert !new File(basedir, 'target/sysimg').exists() : 'sysimg.skip must leave no recording and no image'
return true
