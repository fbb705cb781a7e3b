"""What a new program's ``program.yml`` starts with (``xinyuan init``): the category presets of
the two models programs follow (DOMAIN.md), and the usual beneficiary groups and age bands.
"""

from __future__ import annotations

# (id, name, kind, time limit in days or None for the program's, description)
CATEGORY_PRESETS = {
    # Huaihua city women's federation: five kinds of help.
    "huaihua": (
        ("add-an-item", "我为困难群众添一物", "material", None, "生活用品、家电、衣物、康复辅具等实物心愿。"),
        ("give-a-skill", "送一技", "service", 45, "维修、义诊、法律咨询、技能培训、农忙帮工等出力出技的服务心愿。"),
        ("fix-a-yard", "送一院", "service", 60, "庭院整治、房屋修补、适老化改造等需要施工的心愿。"),
        ("study-aid", "助一学", "material", 45, "书包、文具、图书、学习资料、书桌台灯等助学心愿。"),
        ("keep-company", "陪一程", "service", 90, "陪伴聊天、陪同就医办事、代购跑腿、结对通信等陪伴类心愿。"),
    ),
    # Chuanhui district: eight service areas of party members in the communities.
    "chuanhui": (
        ("policy-advice", "政策咨询", "service", None, "低保、医保、养老、就业等政策的解读和办理指引。"),
        ("legal-aid", "法律援助", "service", 45, "法律咨询、代写文书、协助维权。"),
        ("health-care", "医疗保健", "service", None, "义诊、健康讲座、陪同就医、康复指导。"),
        ("poverty-relief", "扶贫帮困", "material", None, "米油、衣被、家电、助学用品等实物帮扶。"),
        ("convenience", "便民服务", "service", None, "维修、代购跑腿、理发、家政等便民服务。"),
        ("culture", "文化娱乐", "service", None, "图书、文艺演出、电影、兴趣活动。"),
        ("mediation", "矛盾调解", "service", 45, "邻里、家庭纠纷的调解。"),
        ("environment", "环境保护", "service", 60, "清理卫生死角、绿化美化、垃圾分类。"),
    ),
    # An empty list, to fill in before the first wish (validation says so until then).
    "empty": (),
}
PRESET_NAMES = {
    "huaihua": "怀化模式：添一物、送一技、送一院、助一学、陪一程五类",
    "chuanhui": "川汇模式：政策咨询、法律援助等八个服务领域",
    "empty": "空列表，自己填写",
}

# (id, name, minors): children's groups are marked, so their photos are never shown and their
# wishes need a guardian's consent.
GROUPS = (
    ("left-behind-child", "留守儿童", True),
    ("de-facto-orphan", "事实孤儿", True),
    ("elderly-alone", "空巢老人", False),
    ("disabled", "残障人士", False),
    ("woman-in-difficulty", "困难妇女", False),
    ("poor-household", "困难群众", False),
    ("migrant-worker", "外来务工人员", False),
    ("seriously-ill", "重病患者", False),
)

AGE_BANDS = (
    ("0-5", "0–5岁"),
    ("6-11", "6–11岁"),
    ("12-17", "12–17岁"),
    ("18-39", "18–39岁"),
    ("40-59", "40–59岁"),
    ("60-69", "60–69岁"),
    ("70-79", "70–79岁"),
    ("80-up", "80岁及以上"),
)
