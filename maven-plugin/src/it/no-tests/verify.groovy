def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
def lines = log.readLines().findAll { it.contains('sysimg') && it.contains('skipping the image') }
assert lines.size() == 1 : "expected one line saying why there is no image, got ${lines}"
assert lines[0].startsWith('[INFO] No statements in ')
assert !new File(basedir, "target/sysimg/${it.imageName()}").exists()
assert new File(basedir, 'target/no-tests-1.0.jar').isFile()
return true
